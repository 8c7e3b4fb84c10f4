import os

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/download")
def download():
    name = request.args.get("file")
    # vuln: CWE-22
    return send_file(os.path.join(UPLOADS, name))


@app.route("/report")
def report():
    report = request.args["name"]
    # vuln: CWE-22
    with open(f"/srv/reports/{report}.csv") as fh:
        return fh.read()


@app.route("/logs")
def logs():
    path = "/var/log/app/" + request.args.get("log", "app.log")
    # vuln: CWE-22
    return open(path).read()


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    # vuln: CWE-22
    f.save(os.path.join(UPLOADS, f.filename))
    return "saved"


def read_template(name):
    # vuln: CWE-22
    with open("/srv/templates/{}".format(name), encoding="utf-8") as fh:
        return fh.read()


@app.route("/template")
def template():
    return read_template(request.args.get("t", "index.html"))


@app.route("/download-safe")
def download_safe():
    name = request.args.get("file", "")
    # safe: CWE-22
    return send_from_directory(UPLOADS, name)


@app.route("/upload-safe", methods=["POST"])
def upload_safe():
    f = request.files["file"]
    # safe: CWE-22
    f.save(os.path.join(UPLOADS, secure_filename(f.filename)))
    return "saved"


@app.route("/report-safe")
def report_safe():
    report = os.path.basename(request.args["name"])
    # safe: CWE-22
    with open(os.path.join("/srv/reports", report + ".csv")) as fh:
        return fh.read()


@app.route("/invoice/<int:invoice_id>")
def invoice(invoice_id):
    # safe: CWE-22
    return send_file(f"/srv/invoices/{invoice_id}.pdf")


@app.route("/terms")
def terms():
    # safe: CWE-22
    return open("/srv/static/terms.txt").read()


@app.route("/logs-checked")
def logs_checked():
    base = os.path.realpath("/var/log/app")
    path = os.path.realpath(os.path.join(base, request.args.get("log", "app.log")))
    if not path.startswith(base + os.sep):
        abort(404)
    # safe: CWE-22
    return open(path).read()
