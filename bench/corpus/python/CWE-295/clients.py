import ssl
import urllib.request

import httpx
import requests
from flask import Flask

app = Flask(__name__)
CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"


@app.route("/billing")
def billing():
    # vuln: CWE-295
    return requests.get("https://billing.internal/api/summary", verify=False, timeout=5).json()


@app.route("/inventory")
def inventory():
    session = requests.Session()
    # vuln: CWE-295
    return session.post("https://inventory.internal/api/query", json={}, verify=False).json()


@app.route("/legacy")
def legacy():
    # vuln: CWE-295
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen("https://legacy.internal/", context=ctx).read()


@app.route("/metrics")
def metrics():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    # vuln: CWE-295
    ctx.verify_mode = ssl.CERT_NONE
    return urllib.request.urlopen("https://metrics.internal/", context=ctx).read()


@app.route("/search")
def search():
    # vuln: CWE-295
    with httpx.Client(verify=False) as client:
        return client.get("https://search.internal/").text


@app.route("/billing-safe")
def billing_safe():
    # safe: CWE-295
    return requests.get("https://billing.internal/api/summary", verify=CA_BUNDLE, timeout=5).json()


@app.route("/inventory-safe")
def inventory_safe():
    # safe: CWE-295
    return requests.post("https://inventory.internal/api/query", json={}, verify=True, timeout=5).json()


@app.route("/legacy-safe")
def legacy_safe():
    # safe: CWE-295
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    return urllib.request.urlopen("https://legacy.internal/", context=ctx).read()


@app.route("/public")
def public():
    # safe: CWE-295
    return requests.get("https://api.example.com/v1/status", timeout=5).json()
