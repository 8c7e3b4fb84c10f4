from flask import Flask, request, session

app = Flask(__name__)
ROLES = {"viewer", "editor"}


@app.route("/prefs", methods=["POST"])
def prefs():
    # ruleid: sast.python.trust-boundary
    session["role"] = request.form["role"]
    theme = request.form.get("theme", "light")
    # ruleid: sast.python.trust-boundary
    session["theme"] = theme
    return "ok"


@app.route("/remember")
def remember():
    nxt = request.args.get("next", "/")
    # ruleid: sast.python.trust-boundary
    session.update({"next": nxt})
    return "ok"


@app.route("/safe", methods=["POST"])
def safe():
    page = request.form.get("page", "1")
    # ok: sast.python.trust-boundary
    session["page"] = int(page)
    # ok: sast.python.trust-boundary
    session["visited"] = True
    theme = request.form.get("theme", "light")
    theme = "dark"
    # ok: sast.python.trust-boundary
    session["theme"] = theme
    user = get_db().execute("SELECT role FROM users WHERE name = ?", (request.form["name"],)).fetchone()
    # ok: sast.python.trust-boundary
    session["role"] = user["role"]
    cache = {}
    # ok: sast.python.trust-boundary
    cache["role"] = request.form["role"]
    return "ok"


def get_db():
    return None


def store(value):
    # ok: sast.python.trust-boundary
    session["value"] = value
