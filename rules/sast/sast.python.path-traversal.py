import os
from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
DOWNLOADS = "/srv/files"


@app.route("/download")
def download():
    filename = request.args.get("file")
    path = os.path.join(DOWNLOADS, filename)
    # ruleid: sast.python.path-traversal
    return send_file(path, as_attachment=True)


@app.route("/read")
def read():
    # ruleid: sast.python.path-traversal
    with open(DOWNLOADS + "/" + request.args["name"]) as f:
        return f.read()


@app.route("/files/<path:name>")
def by_route(name):
    # ruleid: sast.python.path-traversal
    return send_file(f"{DOWNLOADS}/{name}")


@app.route("/report/<int:year>")
def report(year):
    # ok: sast.python.path-traversal
    return send_file(os.path.join(DOWNLOADS, f"report-{year}.pdf"))


@app.route("/safe")
def safe():
    name = request.args.get("file", "")
    # ok: sast.python.path-traversal
    send_file(os.path.join(DOWNLOADS, secure_filename(name)))
    base = os.path.basename(name)
    # ok: sast.python.path-traversal
    send_file(os.path.join(DOWNLOADS, base))
    # ok: sast.python.path-traversal
    return send_from_directory(DOWNLOADS, name)


@app.route("/constant")
def constant():
    name = request.args.get("file", "")
    app.logger.info("asked for %s", name)
    name = "welcome.txt"
    # ok: sast.python.path-traversal
    return send_file(os.path.join(DOWNLOADS, name))


def not_reached(path):
    # ok: sast.python.path-traversal
    return open(path).read()


@app.route("/int")
def by_number():
    index = int(request.args["n"])
    # ok: sast.python.path-traversal
    return send_file(os.path.join(DOWNLOADS, "part-%d.txt" % index))


def main():
    import sys

    # ok: sast.python.path-traversal
    with open(sys.argv[1]) as f:
        print(f.read())


REPORTS = "/srv/reports"
REPORT_NAMES = ("daily.csv", "weekly.csv")


@app.route("/reports/allowed")
def allowed_report():
    name = request.args.get("name", "daily.csv")
    if name not in REPORT_NAMES:
        abort(404)
    # ok: sast.python.path-traversal
    return send_file(os.path.join(REPORTS, name))


@app.route("/reports/confined")
def confined_report():
    path = os.path.realpath(os.path.join(REPORTS, request.args.get("name", "")))
    if not path.startswith(REPORTS + os.sep):
        abort(404)
    # ok: sast.python.path-traversal
    return open(path).read()


@app.route("/reports/prefix-only")
def prefix_only_report():
    path = os.path.join(REPORTS, request.args.get("name", ""))
    if not path.startswith(REPORTS):
        abort(404)
    # ruleid: sast.python.path-traversal
    return open(path).read()


@app.route("/reports/host-checked")
def host_checked_report():
    from urllib.parse import urlparse

    name = request.args.get("name", "")
    if urlparse(name).hostname not in ("files.example",):
        abort(404)
    # ruleid: sast.python.path-traversal
    return open(name).read()


# A Django view in a module that also imports flask.request: its own `request` parameter is read.
def django_download(request):
    # ruleid: sast.python.path-traversal
    return open(os.path.join(REPORTS, request.GET["name"])).read()


def django_safe_download(request):
    # ok: sast.python.path-traversal
    return open(os.path.join(REPORTS, os.path.basename(request.GET["name"]))).read()
