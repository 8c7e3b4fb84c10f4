import os

from flask import Flask

app = Flask(__name__)
# ruleid: sast.python.hardcoded-secret-key
app.secret_key = "dev-secret-do-not-use"
# ruleid: sast.python.hardcoded-secret-key
app.config["SECRET_KEY"] = "notes-secret-key"
# ruleid: sast.python.hardcoded-secret-key
app.config.update(SECRET_KEY="another-secret", DEBUG=False)
# ruleid: sast.python.hardcoded-secret-key
SECRET_KEY = "django-insecure-0123456789abcdef"


class Config:
    # ruleid: sast.python.hardcoded-secret-key
    SECRET_KEY = "class-level-secret"


# ok: sast.python.hardcoded-secret-key
app.secret_key = os.environ["SECRET_KEY"]
# ok: sast.python.hardcoded-secret-key
app.config["SECRET_KEY"] = os.urandom(32)
# ok: sast.python.hardcoded-secret-key
app.config["SESSION_COOKIE_NAME"] = "notes"
# ok: sast.python.hardcoded-secret-key
SECRET_KEY = os.environ.get("SECRET_KEY")
