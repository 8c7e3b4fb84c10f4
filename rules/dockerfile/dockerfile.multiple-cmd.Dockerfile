FROM python:3.12-slim AS test
# ok: dockerfile.multiple-cmd
CMD ["pytest"]

FROM python:3.12-slim
# ruleid: dockerfile.multiple-cmd
CMD ["python", "manage.py", "migrate"]
# ok: dockerfile.multiple-cmd
CMD ["gunicorn", "app:app"]
