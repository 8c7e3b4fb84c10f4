# Notes app image
FROM python:latest
COPY . /app
USER 10001
CMD ["python", "/app/app.py"]
