from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    # ruleid: sast.python.open-redirect
    return redirect(request.args.get("next") or url_for("index"))


@app.route("/go")
def go():
    target = request.values["to"]
    if not target:
        target = "/"
    # ruleid: sast.python.open-redirect
    return redirect(target)


@app.route("/out/<path:dest>")
def out(dest):
    # ruleid: sast.python.open-redirect
    return redirect("https://" + dest)


@app.route("/back")
def back():
    # ok: sast.python.open-redirect
    return redirect(url_for("login", next=request.path))


@app.route("/home")
def home():
    # ok: sast.python.open-redirect
    return redirect(url_for("index"))


@app.route("/tab")
def tab():
    tab = request.args.get("tab", "")
    if tab == "notes":
        # ok: sast.python.open-redirect
        return redirect("/notes")
    # ok: sast.python.open-redirect
    return redirect(url_for("index", tab=tab))


def helper(next_url):
    # ok: sast.python.open-redirect
    return redirect(next_url)


def next_url():
    return request.args.get("next", "/")


def home_url(tab):
    return url_for("index", tab=tab)


@app.route("/after")
def after():
    # ruleid: sast.python.open-redirect
    return redirect(next_url())


@app.route("/after-home")
def after_home():
    # ok: sast.python.open-redirect
    return redirect(home_url(request.args.get("tab")))


def back_to(url):
    # ruleid: sast.python.open-redirect
    return redirect(url)


@app.route("/cancel")
def cancel():
    return back_to(request.referrer or request.args.get("back", "/"))


def go_home(url):
    # ok: sast.python.open-redirect
    return redirect(url)


@app.route("/bye")
def bye():
    return go_home(url_for("index"))


@app.route("/login-relative")
def login_relative():
    from urllib.parse import urlparse

    next_url = request.args.get("next", "/")
    if urlparse(next_url).netloc or not next_url.startswith("/"):
        next_url = "/"
    # ok: sast.python.open-redirect
    return redirect(next_url)


@app.route("/login-prefix-only")
def login_prefix_only():
    next_url = request.args.get("next", "/")
    if not next_url.startswith("/"):
        next_url = "/"
    # ruleid: sast.python.open-redirect
    return redirect(next_url)


TABS = {"home": "/", "settings": "/settings"}


@app.route("/tab-map")
def tab_map():
    # ok: sast.python.open-redirect
    return redirect(TABS.get(request.args.get("tab"), "/"))
