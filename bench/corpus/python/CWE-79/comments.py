import bleach
from flask import Flask, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/comment/preview")
def preview():
    body = request.args.get("body", "")
    # vuln: CWE-79
    return Markup(f"<div class='comment'>{body}</div>")


@app.route("/comment/author")
def author():
    author = request.args["author"]
    html = "<span class='author'>" + author + "</span>"
    # vuln: CWE-79
    return Markup(html)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # vuln: CWE-79
    return Markup("<p>Results for <b>{}</b></p>".format(q))


@app.route("/tag")
def tag():
    label = request.args.get("label", "")
    # vuln: CWE-79
    return Markup("<span class='tag'>%s</span>" % label)


def badge(text):
    # vuln: CWE-79
    return Markup("<em>" + text + "</em>")


@app.route("/badge")
def show_badge():
    return badge(request.args.get("text", ""))


@app.route("/comment/safe")
def preview_safe():
    body = request.args.get("body", "")
    # safe: CWE-79
    return Markup(f"<div class='comment'>{escape(body)}</div>")


@app.route("/comment/clean")
def clean():
    body = request.args.get("body", "")
    # safe: CWE-79
    return Markup(bleach.clean(body))


@app.route("/comment/escaped")
def escaped():
    q = request.args.get("q", "")
    # safe: CWE-79
    return Markup("<p>Results for <b>{}</b></p>").format(q)


@app.route("/brand")
def brand():
    # safe: CWE-79
    return Markup("<strong>Example Corp</strong>")


@app.route("/count")
def count():
    n = int(request.args.get("n", "0"))
    # safe: CWE-79
    return Markup(f"<span class='count'>{n}</span>")
