FROM python:3.13-alpine
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN addgroup -S -g 10001 app && adduser -S -D -u 10001 -G app app
USER app

CMD ["python", "app.py"]
