from flask import Flask
import os

app = Flask(__name__)
app.debug = os.environ.get("FLASK_DEBUG") == "1"
app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"


@app.route("/")
def index():
    return "hi"
