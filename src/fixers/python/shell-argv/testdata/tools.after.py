import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/lookup")
def lookup():
    domain = request.args.get("domain", "")
    out = subprocess.check_output(["dig", "+short", domain], text=True)
    return out


@app.route("/archive")
def archive():
    name = request.args.get("name", "")
    subprocess.run(f"tar czf /tmp/{name}.tgz /srv/data | tee /tmp/log", shell=True)
    return "ok"
