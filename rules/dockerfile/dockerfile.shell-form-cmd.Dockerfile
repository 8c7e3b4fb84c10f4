FROM python:3.12-slim
# ruleid: dockerfile.shell-form-cmd
ENTRYPOINT /docker-entrypoint.sh
# ruleid: dockerfile.shell-form-cmd
CMD gunicorn --bind 0.0.0.0:8000 app:app
# ruleid: dockerfile.shell-form-cmd
CMD ["gunicorn", 'app:app']
# ok: dockerfile.shell-form-cmd
ENTRYPOINT ["/docker-entrypoint.sh"]
# ok: dockerfile.shell-form-cmd
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
