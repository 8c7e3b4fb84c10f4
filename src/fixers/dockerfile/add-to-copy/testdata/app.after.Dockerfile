FROM python:3.13
WORKDIR /app
COPY requirements.txt /app/
COPY --chown=app:app . /app
ADD https://example.com/tool.tar.gz /opt/
USER app
CMD ["python", "app.py"]
