# Notes app image
FROM python:3.13
COPY . /app
USER 10001
CMD ["python", "/app/app.py"]
