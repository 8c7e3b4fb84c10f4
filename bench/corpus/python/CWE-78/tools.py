import os
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/tools/ping")
def ping():
    host = request.args.get("host", "localhost")
    # vuln: CWE-78
    out = subprocess.check_output(f"ping -c 1 {host}", shell=True)
    return out


@app.route("/tools/lookup")
def lookup():
    domain = request.args["domain"]
    # vuln: CWE-78
    os.system("nslookup " + domain)
    return "ok"


@app.route("/tools/archive", methods=["POST"])
def archive():
    name = request.form["name"]
    cmd = "tar czf /tmp/{}.tgz /srv/uploads".format(name)
    # vuln: CWE-78
    subprocess.run(cmd, shell=True, check=True)
    return "archived"


@app.route("/tools/disk")
def disk():
    path = request.args.get("path", "/")
    # vuln: CWE-78
    stream = os.popen("du -sh %s" % path)
    return stream.read()


def convert(src, dest):
    # vuln: CWE-78
    subprocess.call("convert " + src + " " + dest, shell=True)


@app.route("/images/convert", methods=["POST"])
def convert_image():
    convert(request.form["src"], request.form["dest"])
    return "converted"


@app.route("/tools/ping-safe")
def ping_safe():
    host = request.args.get("host", "localhost")
    # safe: CWE-78
    out = subprocess.check_output(["ping", "-c", "1", host])
    return out


@app.route("/tools/lookup-quoted")
def lookup_quoted():
    domain = request.args["domain"]
    # safe: CWE-78
    os.system("nslookup " + shlex.quote(domain))
    return "ok"


@app.route("/tools/uptime")
def uptime():
    # safe: CWE-78
    return subprocess.check_output("uptime", shell=True)


@app.route("/tools/count")
def count():
    n = int(request.args.get("n", "1"))
    # safe: CWE-78
    return subprocess.check_output(f"seq {n}", shell=True)


@app.route("/tools/grep")
def grep():
    pattern = request.args.get("q", "")
    # safe: CWE-78
    proc = subprocess.run(["grep", "-r", "--", pattern, "/srv/docs"], capture_output=True)
    return proc.stdout
