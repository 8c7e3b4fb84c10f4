# Notes app image: `docker build -t notes-app .`
FROM python:latest

LABEL maintainer="platform-team@notes.example"

ENV DB_PASSWORD=N0tes-Pr0d-2019!
ENV AWS_SECRET_ACCESS_KEY=icoUWqZHr7E1NHhKkHY91qcBpbIcZe832bPUvuR/
ENV HOST=0.0.0.0 PORT=5000 NOTES_ENV=production

RUN apt-get update && apt-get install -y curl gcc sudo openssh-server sqlite3

RUN curl -fsSL https://get.docker.com | sh

ADD . /app

RUN cd /app && pip install -r requirements.txt

RUN chmod -R 777 /app

RUN sudo mkdir -p /var/run/sshd

EXPOSE 22 5000

CMD python /app/app.py
