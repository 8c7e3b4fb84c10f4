import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/admin", methods=["POST"])
def admin():
    host = request.form.get("host", "").strip()
    proc = subprocess.run(f"ping -c 1 -W 2 {host}", shell=True, capture_output=True, text=True, timeout=15)
    return proc.stdout + proc.stderr
