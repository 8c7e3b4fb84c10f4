from urllib.parse import urlparse

from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    next_url = request.args.get("next", "/")
    # vuln: CWE-601
    return redirect(next_url)


@app.route("/logout")
def logout():
    # vuln: CWE-601
    return redirect(request.args["return_to"])


@app.route("/go")
def go():
    target = request.values.get("to", "")
    # vuln: CWE-601
    return redirect("https://" + target)


@app.route("/sso/callback")
def sso_callback():
    state = request.args.get("state", "")
    # vuln: CWE-601
    return redirect(f"{state}?login=ok", code=302)


def back_to(url):
    # vuln: CWE-601
    return redirect(url)


@app.route("/cancel")
def cancel():
    return back_to(request.referrer or request.args.get("back", "/"))


@app.route("/login-safe", methods=["POST"])
def login_safe():
    next_url = request.args.get("next", "/")
    if urlparse(next_url).netloc or not next_url.startswith("/"):
        next_url = "/"
    # safe: CWE-601
    return redirect(next_url)


@app.route("/home")
def home():
    # safe: CWE-601
    return redirect(url_for("dashboard"))


@app.route("/item")
def item():
    item_id = int(request.args.get("id", "0"))
    # safe: CWE-601
    return redirect(f"/items/{item_id}")


@app.route("/old-docs")
def old_docs():
    # safe: CWE-601
    return redirect("https://docs.example.com/", code=301)


@app.route("/dashboard")
def dashboard():
    tab = request.args.get("tab", "overview")
    # safe: CWE-601
    return redirect(url_for("dashboard_tab", tab=tab))


@app.route("/dashboard/<tab>")
def dashboard_tab(tab):
    return tab
