import hashlib
import hmac
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/register", methods=["POST"])
def register():
    password = request.form["password"]
    # vuln: CWE-328
    digest = hashlib.md5(password.encode()).hexdigest()
    return {"hash": digest}


@app.route("/login", methods=["POST"])
def login():
    password = request.form["password"]
    # vuln: CWE-328
    digest = hashlib.sha1(password.encode()).hexdigest()
    return {"ok": digest == "stored"}


@app.route("/token")
def token():
    email = request.args.get("email", "")
    # vuln: CWE-328
    h = hashlib.new("md5", email.encode())
    return h.hexdigest()


def hash_password(password, salt):
    # vuln: CWE-328
    return hashlib.sha1(salt + password.encode()).hexdigest()


@app.route("/reset", methods=["POST"])
def reset():
    return hash_password(request.form["password"], os.urandom(8))


@app.route("/signature")
def signature():
    key = os.environ["SIGNING_KEY"].encode()
    msg = request.args.get("msg", "").encode()
    # vuln: CWE-328
    return hmac.new(key, msg, hashlib.md5).hexdigest()


@app.route("/etag")
def etag():
    body = request.args.get("body", "")
    # safe: CWE-328
    return hashlib.md5(body.encode(), usedforsecurity=False).hexdigest()


@app.route("/register-safe", methods=["POST"])
def register_safe():
    password = request.form["password"]
    salt = os.urandom(16)
    # safe: CWE-328
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return {"hash": digest.hex()}


@app.route("/checksum")
def checksum():
    data = request.args.get("data", "")
    # safe: CWE-328
    return hashlib.sha256(data.encode()).hexdigest()


@app.route("/cache-key")
def cache_key():
    path = request.args.get("path", "")
    # safe: CWE-328
    return hashlib.new("sha1", path.encode(), usedforsecurity=False).hexdigest()


@app.route("/blake")
def blake():
    # safe: CWE-328
    return hashlib.blake2b(request.args.get("v", "").encode()).hexdigest()
