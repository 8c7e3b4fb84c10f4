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
AWS_ACCESS_KEY_ID = "AKIAP3WRMGYJDHTXHTWS"
AWS_SECRET_ACCESS_KEY = "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"

# #notes-ops channel, gets a message whenever someone imports a backup.
SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/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"

# Link previews: how long to wait and how much of the page to keep.
PREVIEW_TIMEOUT = 5
PREVIEW_MAX_CHARS = 2000
