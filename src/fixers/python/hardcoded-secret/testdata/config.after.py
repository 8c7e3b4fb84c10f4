"""Settings for the Notes app.

Values here are the production defaults; the Docker image and the ECS task
definition override some of them through environment variables.
"""
import os

APP_NAME = "Notes"

# Where uploaded backups and the SQLite database live at run time.
DATA_DIR = os.environ.get("NOTES_DATA_DIR", "")
DATABASE_NAME = "notes.db"

# Nightly exports are pushed to S3 (see backup_to_s3() in app.py).
S3_BUCKET = "notes-app-backups-prod"
S3_REGION = "eu-west-1"
AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID", "")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY", "")

# #notes-ops channel, gets a message whenever someone imports a backup.
SLACK_WEBHOOK_URL = os.environ.get("SLACK_WEBHOOK_URL", "")

# Link previews: how long to wait and how much of the page to keep.
PREVIEW_TIMEOUT = 5
PREVIEW_MAX_CHARS = 2000
