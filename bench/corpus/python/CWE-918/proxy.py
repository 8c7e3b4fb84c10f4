import urllib.request
from urllib.parse import quote, urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


@app.route("/fetch")
def fetch():
    url = request.args.get("url")
    # vuln: CWE-918
    return requests.get(url, timeout=5).text


@app.route("/avatar")
def avatar():
    host = request.args["host"]
    # vuln: CWE-918
    resp = requests.get(f"http://{host}/avatar.png", timeout=5)
    return resp.content


@app.route("/webhook/test", methods=["POST"])
def webhook_test():
    target = request.form["callback"]
    # vuln: CWE-918
    requests.post(target, json={"ping": True}, timeout=5)
    return "sent"


@app.route("/preview")
def preview():
    link = request.args.get("link", "")
    # vuln: CWE-918
    with urllib.request.urlopen(link) as resp:
        return resp.read()


def download(url):
    # vuln: CWE-918
    return requests.get(url, timeout=10).content


@app.route("/import")
def import_feed():
    return download(request.args["feed"])


@app.route("/fetch-checked")
def fetch_checked():
    url = request.args.get("url", "")
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    # safe: CWE-918
    return requests.get(url, timeout=5).text


@app.route("/status")
def status():
    # safe: CWE-918
    return requests.get("https://status.example.com/api/v2/status.json", timeout=5).text


@app.route("/user/<int:user_id>/profile")
def remote_profile(user_id):
    # safe: CWE-918
    return requests.get(f"https://api.example.com/users/{user_id}", timeout=5).json()


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # safe: CWE-918
    return requests.get("https://api.example.com/search", params={"q": q}, timeout=5).json()


@app.route("/wiki")
def wiki():
    title = request.args.get("title", "Main_Page")
    # safe: CWE-918
    return requests.get("https://en.wikipedia.org/wiki/" + quote(title, safe=""), timeout=5).text
