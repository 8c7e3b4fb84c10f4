import urllib.request

import httpx
import requests
from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"example.com"}


@app.route("/preview")
def preview():
    url = request.args.get("url", "").strip()
    # ruleid: sast.python.ssrf
    resp = requests.get(url, timeout=3)
    return resp.text


@app.route("/proxy", methods=["POST"])
def proxy():
    data = request.get_json()
    target = data["target"]
    # ruleid: sast.python.ssrf
    return httpx.post(target, json={}).text


@app.route("/avatar")
def avatar():
    host = request.headers.get("X-Avatar-Host")
    # ruleid: sast.python.ssrf
    return urllib.request.urlopen("https://" + host + "/a.png").read()


@app.route("/status")
def status():
    # ok: sast.python.ssrf
    requests.get("https://status.example.com/api", timeout=3)
    service = request.args.get("service", "")
    # ok: sast.python.ssrf
    requests.get("https://status.example.com/api", params={"service": service}, timeout=3)
    # ok: sast.python.ssrf
    return requests.post("https://hooks.example.com/x", json={"text": service}).text


def fetch(url):
    # ok: sast.python.ssrf
    return requests.get(url, timeout=3)


@app.route("/page/<int:page>")
def page(page):
    # ok: sast.python.ssrf
    return requests.get(f"https://api.example.com/items?page={page}").text


@app.route("/wiki")
def wiki():
    from urllib.parse import quote

    title = request.args.get("title", "")
    # ok: sast.python.ssrf
    return requests.get("https://en.wikipedia.org/wiki/" + quote(title, safe=""), timeout=5).text


@app.route("/preview-checked")
def preview_checked():
    from urllib.parse import urlparse

    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED:
        return "host not allowed", 400
    # ok: sast.python.ssrf
    return requests.get(url, timeout=5).text


@app.route("/preview-scheme-checked")
def preview_scheme_checked():
    from urllib.parse import urlparse

    url = request.args["url"]
    if urlparse(url).scheme not in ("https",):
        return "https only", 400
    # ruleid: sast.python.ssrf
    return requests.get(url, timeout=5).text


@app.route("/preview-allowed-branch")
def preview_allowed_branch():
    from urllib.parse import urlparse

    url = request.args["url"]
    if urlparse(url).hostname in ALLOWED:
        # ok: sast.python.ssrf
        return requests.get(url, timeout=5).text
    # ruleid: sast.python.ssrf
    return requests.get(url, timeout=5).text
