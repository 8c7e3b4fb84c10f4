from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_HOSTS = {"hooks.slack.com", "discord.com"}


@app.route("/webhook/test", methods=["POST"])
def test_webhook():
    url = request.form["url"]
    if urlparse(url).hostname not in WEBHOOK_HOSTS:
        abort(400)
    # safe: CWE-918
    return requests.post(url, json={"text": "test"}, timeout=5).text


@app.route("/webhook/https-only", methods=["POST"])
def https_only_webhook():
    url = request.form["url"]
    if urlparse(url).scheme != "https":
        abort(400)
    # vuln: CWE-918
    return requests.post(url, json={"text": "test"}, timeout=5).text
