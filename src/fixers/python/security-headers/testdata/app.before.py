import os

from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

NOT_FOUND = "nothing here"


@app.route("/")
def index():
    return "hello"
