import os
import random
import secrets
import string
import uuid

from flask import Flask, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/password-reset", methods=["POST"])
def password_reset():
    # vuln: CWE-338
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))
    session["reset"] = token
    return {"token": token}


@app.route("/otp")
def otp():
    # vuln: CWE-338
    code = random.randint(100000, 999999)
    session["otp"] = code
    return {"sent": True}


@app.route("/api-key", methods=["POST"])
def api_key():
    # vuln: CWE-338
    key = "%032x" % random.getrandbits(128)
    return {"key": key}


def make_session_id():
    # vuln: CWE-338
    return str(random.random())[2:]


@app.route("/login", methods=["POST"])
def login():
    session["sid"] = make_session_id()
    return "ok"


@app.route("/invite")
def invite():
    alphabet = string.ascii_uppercase
    # vuln: CWE-338
    code = "".join(random.sample(alphabet, 8))
    return {"invite": code}


@app.route("/password-reset-safe", methods=["POST"])
def password_reset_safe():
    # safe: CWE-338
    token = secrets.token_urlsafe(32)
    session["reset"] = token
    return {"token": token}


@app.route("/otp-safe")
def otp_safe():
    # safe: CWE-338
    code = secrets.randbelow(900000) + 100000
    session["otp"] = code
    return {"sent": True}


@app.route("/api-key-safe", methods=["POST"])
def api_key_safe():
    # safe: CWE-338
    return {"key": uuid.uuid4().hex}


@app.route("/system-random")
def system_random():
    rng = random.SystemRandom()
    # safe: CWE-338
    return {"code": rng.randint(100000, 999999)}
