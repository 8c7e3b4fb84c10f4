import html

from flask import Flask, Response, make_response, request
from markupsafe import escape

app = Flask(__name__)
HEADER = "<h1>Search</h1>"


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # ruleid: sast.python.reflected-xss
    return f"<p>Results for {q}</p>"


@app.route("/hello/<name>")
def hello(name):
    # ruleid: sast.python.reflected-xss
    return "<h1>Hello " + name + "</h1>"


@app.route("/err")
def err():
    msg = request.args["msg"]
    page = "<div class='error'>%s</div>" % msg
    # ruleid: sast.python.reflected-xss
    return make_response(page, 400)


@app.route("/card")
def card():
    title = request.form.get("title", "")
    # ruleid: sast.python.reflected-xss
    return Response("<b>{}</b>".format(title), mimetype="text/html")


@app.route("/safe")
def safe():
    q = request.args.get("q", "")
    if q == "help":
        # ok: sast.python.reflected-xss
        return f"<p>{HEADER}</p>"
    # ok: sast.python.reflected-xss
    return f"<p>Results for {escape(q)}</p>"


@app.route("/safe2")
def safe2():
    q = html.escape(request.args.get("q", ""))
    # ok: sast.python.reflected-xss
    return make_response("<p>" + q + "</p>")


@app.route("/count")
def count():
    n = request.args.get("n", "0")
    # ok: sast.python.reflected-xss
    return f"<p>{int(n)} items</p>"


@app.route("/plain")
def plain():
    q = request.args.get("q", "")
    # ok: sast.python.reflected-xss
    return {"query": q}


def render_row(cell):
    # ok: sast.python.reflected-xss
    return f"<td>{cell}</td>"
