FROM python:3.13
RUN apt-get update && apt-get install -y --no-install-recommends sqlite3 && rm -rf /var/lib/apt/lists/*
COPY . /app
RUN pip install --no-cache-dir -r /app/requirements.txt

EXPOSE 5000
CMD ["python", "/app/app.py"]
