from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    resp = redirect(request.args.get("next") or url_for("notes"))
    resp.set_cookie("remember_me", request.form["username"], max_age=30 * 24 * 3600, secure=True, httponly=True, samesite="Lax")
    resp.set_cookie("theme", "dark", secure=True, httponly=True, samesite="Lax")
    return resp
