FROM python:3.13
ENV HOST=0.0.0.0 PORT=5000
USER 10001
CMD ["python", "/app/app.py"]
