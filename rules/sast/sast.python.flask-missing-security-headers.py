from flask import Flask
from flask_talisman import Talisman

# ruleid: sast.python.flask-missing-security-headers
app = Flask(__name__)

# ok: sast.python.flask-missing-security-headers
admin = Flask("admin")
Talisman(admin)

# ok: sast.python.flask-missing-security-headers
api = Flask("api")


@api.after_request
def set_headers(response):
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    return response


@app.route("/")
def index():
    return "hello"
