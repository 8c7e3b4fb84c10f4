import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
FORMATS = ("zip", "tar", "gztar")
HOST = re.compile(r"^[a-z0-9.-]+")


@app.route("/archive")
def archive():
    fmt = request.args.get("format", "zip")
    if fmt not in FORMATS:
        return "unsupported", 400
    # safe: CWE-78
    return subprocess.check_output(f"make-archive --format {fmt} /srv/site", shell=True)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    if not HOST.match(host):
        abort(400)
    # vuln: CWE-78
    return subprocess.check_output(f"ping -c 1 {host}", shell=True)


@app.route("/count")
def count():
    n = request.args.get("n", "1")
    if not n.isdigit():
        abort(400)
    # safe: CWE-78
    return subprocess.check_output(f"seq {n}", shell=True)
