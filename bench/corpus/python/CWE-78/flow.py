import os
import subprocess

from flask import Flask, request

app = Flask(__name__)
ALLOW_SHELL = False


@app.route("/debug/exec")
def debug_exec():
    command = request.args.get("cmd", "")
    if ALLOW_SHELL:
        # safe: CWE-78
        return subprocess.check_output(command, shell=True)
    return "disabled", 403


@app.route("/restart")
def restart():
    service = request.args.get("service", "web")
    service = "web"
    # safe: CWE-78
    os.system("systemctl restart " + service)
    return "ok"


@app.route("/backup", methods=["POST"])
def backup():
    opts = {"target": request.form["target"], "level": 9}
    cmd = "pg_dump shop | gzip -%d > %s" % (opts["level"], opts["target"])
    # vuln: CWE-78
    subprocess.Popen(cmd, shell=True)
    return "started"
