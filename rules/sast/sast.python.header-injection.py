from urllib.parse import quote

from flask import Flask, Response, make_response, request

app = Flask(__name__)


@app.route("/download")
def download():
    name = request.args.get("name", "file.txt")
    resp = make_response("data")
    # ruleid: sast.python.header-injection
    resp.headers["Content-Disposition"] = "attachment; filename=" + name
    # ruleid: sast.python.header-injection
    resp.headers.add("X-Requested", request.headers.get("X-Trace", ""))
    return resp


@app.route("/lang")
def lang():
    # ruleid: sast.python.header-injection
    return make_response("ok", 200, {"Content-Language": request.args["lang"]})


@app.route("/cb")
def cb():
    origin = request.args.get("origin", "")
    # ruleid: sast.python.header-injection
    return Response("{}", headers={"Access-Control-Allow-Origin": origin})


@app.route("/safe")
def safe():
    name = request.args.get("name", "file.txt")
    resp = make_response("data")
    # ok: sast.python.header-injection
    resp.headers["Content-Disposition"] = "attachment; filename*=UTF-8''" + quote(name)
    # ok: sast.python.header-injection
    resp.headers["Cache-Control"] = "no-store"
    size = request.args.get("size", "0")
    # ok: sast.python.header-injection
    resp.headers.set("X-Size", str(int(size)))
    trace = request.headers.get("X-Trace", "")
    # ok: sast.python.header-injection
    resp.headers["X-Length"] = len(trace)
    seen = {}
    # ok: sast.python.header-injection
    seen["name"] = name
    # ok: sast.python.header-injection
    return make_response("data", 200, {"X-Frame-Options": "DENY"})


def with_header(resp, value):
    # ok: sast.python.header-injection
    resp.headers["X-Value"] = value
    return resp
