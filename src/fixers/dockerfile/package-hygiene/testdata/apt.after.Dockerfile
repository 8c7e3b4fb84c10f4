FROM python:3.13
RUN apt-get update && apt-get install --no-install-recommends -y curl gcc sqlite3 && rm -rf /var/lib/apt/lists/*
COPY . /app
RUN cd /app && pip install --no-cache-dir -r requirements.txt
USER 10001
