import os

from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "ok"


def run_dev():
    # vuln: CWE-489
    app.run(host="0.0.0.0", port=5000, debug=True)


def run_configured():
    # safe: CWE-489
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")


if __name__ == "__main__":
    # safe: CWE-489
    app.run(host="127.0.0.1", port=8080)
