FROM python:3.13
RUN apt-get update && apt-get install -y curl gcc sqlite3
COPY . /app
RUN cd /app && pip install -r requirements.txt
USER 10001
