"""Notes: a small team notes app.

    python3 app.py        # http://127.0.0.1:5000 (set PORT to change the port)

The SQLite database is created in a temporary directory on first start and
seeded with two users (alice / wonderland is the admin, bob / builder).
"""
import base64
import hashlib
import os
import pickle
import re
import sqlite3
import subprocess
import sys
import tempfile
from datetime import datetime
from functools import wraps

sys.dont_write_bytecode = True  # keep __pycache__ out of the checkout

from flask import (Flask, abort, flash, g, make_response, redirect, render_template,
                   render_template_string, request, send_file, session, url_for)
from markupsafe import Markup

import config

BASE_DIR = os.path.dirname(os.path.abspath(__file__))
DOWNLOAD_DIR = os.path.join(BASE_DIR, "files")
DATA_DIR = config.DATA_DIR or os.path.join(tempfile.gettempdir(), "notes-app")
DATABASE = os.path.join(DATA_DIR, config.DATABASE_NAME)

app = Flask(__name__)
app.config["SECRET_KEY"] = "notes-secret-key"
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

NOT_FOUND_PAGE = """{% extends "base.html" %}
{% block title %}Not found{% endblock %}
{% block content %}
  <div class="card">
    <h1>Page not found</h1>
    <p>There is nothing at <code>{path}</code>. Try the <a href="{{ url_for('notes') }}">notes list</a>.</p>
  </div>
{% endblock %}"""

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT UNIQUE NOT NULL,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'user',
    bio TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id INTEGER NOT NULL REFERENCES users(id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    is_public INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
"""

SEED_USERS = [
    ("alice", "alice@notes.example", "wonderland", "admin", "Runs the platform team. Ask me about backups."),
    ("bob", "bob@notes.example", "builder", "user", "Frontend, coffee, and the occasional deploy."),
]

SEED_NOTES = [
    ("alice", "Welcome to Notes", "Notes supports <b>basic formatting</b>. Public notes are visible to the whole team.", 1),
    ("alice", "On-call rotation", "Week 12: bob. Week 13: alice. Escalate in #notes-ops.", 1),
    ("bob", "Release checklist", "1. Bump version\n2. Run the scanner\n3. Tag and push", 0),
    ("bob", "Lunch ideas", "Ramen place on 5th, the new falafel truck.", 1),
]


# --- database -----------------------------------------------------------------

def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def hash_password(password):
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def init_db():
    os.makedirs(DATA_DIR, exist_ok=True)
    db = sqlite3.connect(DATABASE)
    db.executescript(SCHEMA)
    if db.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 0:
        for username, email, password, role, bio in SEED_USERS:
            db.execute(
                "INSERT INTO users (username, email, password_hash, role, bio) VALUES (?, ?, ?, ?, ?)",
                (username, email, hash_password(password), role, bio),
            )
        now = datetime.now().isoformat(timespec="seconds")
        for owner, title, body, is_public in SEED_NOTES:
            owner_id = db.execute("SELECT id FROM users WHERE username = ?", (owner,)).fetchone()[0]
            db.execute(
                "INSERT INTO notes (owner_id, title, body, is_public, created_at) VALUES (?, ?, ?, ?, ?)",
                (owner_id, title, body, is_public, now),
            )
    db.commit()
    db.close()


def add_note(owner_id, title, body, is_public):
    get_db().execute(
        "INSERT INTO notes (owner_id, title, body, is_public, created_at) VALUES (?, ?, ?, ?, ?)",
        (owner_id, title, body, 1 if is_public else 0, datetime.now().isoformat(timespec="seconds")),
    )


# --- helpers ------------------------------------------------------------------

def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if "user_id" not in session:
            return redirect(url_for("login", next=request.path))
        return view(*args, **kwargs)
    return wrapped


def admin_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if session.get("role") != "admin":
            abort(403)
        return view(*args, **kwargs)
    return login_required(wrapped)


def backup_to_s3(data, key):
    import boto3  # optional dependency, only needed for S3 backups

    s3 = boto3.client(
        "s3",
        region_name=config.S3_REGION,
        aws_access_key_id=config.AWS_ACCESS_KEY_ID,
        aws_secret_access_key=config.AWS_SECRET_ACCESS_KEY,
    )
    s3.put_object(Bucket=config.S3_BUCKET, Key=key, Body=data)


def notify_slack(text):
    if os.environ.get("NOTES_ENV") != "production":
        return
    try:
        import requests
        requests.post(config.SLACK_WEBHOOK_URL, json={"text": text}, timeout=3)
    except Exception:
        app.logger.warning("could not notify Slack")


@app.context_processor
def inject_user():
    return {"current_user": session.get("username"), "is_admin": session.get("role") == "admin"}


# --- pages --------------------------------------------------------------------

@app.route("/")
def index():
    return render_template("index.html")


@app.route("/login", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        username = request.form.get("username", "")
        pw_hash = hash_password(request.form.get("password", ""))
        db = get_db()
        user = db.execute(f"SELECT id, username, role FROM users WHERE username = '{username}' AND password_hash = '{pw_hash}'").fetchone()
        if user:
            session["user_id"] = user["id"]
            session["username"] = user["username"]
            session["role"] = user["role"]
            resp = redirect(request.args.get("next") or url_for("notes"))
            resp.set_cookie("remember_me", user["username"], max_age=30 * 24 * 3600)
            return resp
        error = "Invalid username or password."
    return render_template("login.html", error=error)


@app.route("/logout")
def logout():
    session.clear()
    resp = redirect(url_for("index"))
    resp.delete_cookie("remember_me")
    return resp


@app.route("/notes")
@login_required
def notes():
    rows = get_db().execute(
        "SELECT n.id, n.title, n.body, n.is_public, n.created_at, u.username AS author "
        "FROM notes n JOIN users u ON u.id = n.owner_id "
        "WHERE n.owner_id = ? OR n.is_public = 1 ORDER BY n.id DESC",
        (session["user_id"],),
    ).fetchall()
    return render_template("notes.html", notes=rows)


@app.route("/notes/new", methods=["GET", "POST"])
@login_required
def new_note():
    if request.method == "POST":
        title = request.form.get("title", "").strip()
        body = request.form.get("body", "")
        if not title:
            flash("A note needs a title.", "error")
            return render_template("note_form.html", title=title, body=body)
        add_note(session["user_id"], title, body, request.form.get("is_public") == "on")
        get_db().commit()
        flash("Note saved.", "ok")
        return redirect(url_for("notes"))
    return render_template("note_form.html", title="", body="")


@app.route("/search")
def search():
    q = request.args.get("q", "")
    results = []
    heading = None
    if q:
        user_id = session.get("user_id", 0)
        db = get_db()
        results = db.execute("SELECT n.id, n.title, n.created_at, u.username AS author FROM notes n JOIN users u ON u.id = n.owner_id WHERE (n.is_public = 1 OR n.owner_id = %d) AND (n.title LIKE '%%%s%%' OR n.body LIKE '%%%s%%')" % (user_id, q, q)).fetchall()
        heading = Markup(f"{len(results)} result(s) for <em>{q}</em>")
    return render_template("search.html", q=q, results=results, heading=heading)


@app.route("/profile", methods=["GET", "POST"])
@login_required
def profile():
    db = get_db()
    if request.method == "POST":
        db.execute(
            "UPDATE users SET email = ?, bio = ? WHERE id = ?",
            (request.form.get("email", ""), request.form.get("bio", ""), session["user_id"]),
        )
        db.commit()
        flash("Profile updated.", "ok")
    user = db.execute("SELECT id, username, email, role, bio FROM users WHERE id = ?", (session["user_id"],)).fetchone()
    count = db.execute("SELECT COUNT(*) FROM notes WHERE owner_id = ?", (session["user_id"],)).fetchone()[0]
    return render_template("profile.html", user=user, note_count=count)


@app.route("/download")
def download():
    filename = request.args.get("file")
    if not filename:
        files = sorted(name for name in os.listdir(DOWNLOAD_DIR) if not name.startswith("."))
        return render_template("download.html", files=files)
    return send_file(os.path.join(DOWNLOAD_DIR, filename), as_attachment=True)


@app.route("/admin", methods=["GET", "POST"])
@admin_required
def admin():
    host = ""
    output = None
    if request.method == "POST":
        host = request.form.get("host", "").strip()
        proc = subprocess.run(f"ping -c 1 -W 2 {host}", shell=True, capture_output=True, text=True, timeout=15)
        output = proc.stdout + proc.stderr
    users = get_db().execute("SELECT id, username, email, role FROM users ORDER BY id").fetchall()
    return render_template("admin.html", users=users, host=host, output=output)


@app.route("/export")
@login_required
def export_notes():
    rows = get_db().execute(
        "SELECT title, body, is_public, created_at FROM notes WHERE owner_id = ? ORDER BY id",
        (session["user_id"],),
    ).fetchall()
    backup = base64.b64encode(pickle.dumps([dict(row) for row in rows]))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    if request.args.get("to") == "s3":
        try:
            backup_to_s3(backup, f"{session['username']}/notes-{stamp}.bak")
            flash("Backup uploaded to S3.", "ok")
        except ImportError:
            flash("S3 backups need boto3 (pip install boto3).", "error")
        except Exception as exc:
            flash(f"S3 upload failed: {exc}", "error")
        return redirect(url_for("import_notes"))
    resp = make_response(backup)
    resp.headers["Content-Type"] = "application/octet-stream"
    resp.headers["Content-Disposition"] = f"attachment; filename=notes-{stamp}.bak"
    return resp


@app.route("/import", methods=["GET", "POST"])
@login_required
def import_notes():
    if request.method == "POST":
        upload = request.files.get("backup")
        if upload is None or upload.filename == "":
            flash("Choose a backup file first.", "error")
            return redirect(url_for("import_notes"))
        raw = upload.read()
        if upload.filename.endswith((".yml", ".yaml")):
            try:
                import yaml
            except ImportError:
                flash("YAML import needs PyYAML (pip install PyYAML).", "error")
                return redirect(url_for("import_notes"))
            imported = yaml.load(raw, Loader=yaml.Loader)
        else:
            imported = pickle.loads(base64.b64decode(raw))
        for note in imported or []:
            add_note(session["user_id"], note.get("title", "untitled"), note.get("body", ""), note.get("is_public"))
        get_db().commit()
        notify_slack(f"{session['username']} imported {len(imported or [])} notes")
        flash(f"Imported {len(imported or [])} note(s).", "ok")
        return redirect(url_for("notes"))
    return render_template("import_export.html")


@app.route("/preview")
@login_required
def preview():
    url = request.args.get("url", "").strip()
    page = None
    if url:
        try:
            import requests
        except ImportError:
            flash("Link previews need the requests package (pip install requests).", "error")
            return render_template("preview.html", url=url, page=None)
        try:
            resp = requests.get(url, timeout=config.PREVIEW_TIMEOUT)
            match = re.search(r"<title[^>]*>(.*?)</title>", resp.text, re.IGNORECASE | re.DOTALL)
            page = {
                "status": resp.status_code,
                "content_type": resp.headers.get("Content-Type", ""),
                "title": match.group(1).strip() if match else url,
                "text": resp.text[: config.PREVIEW_MAX_CHARS],
            }
        except Exception as exc:
            flash(f"Could not fetch {url}: {exc}", "error")
    return render_template("preview.html", url=url, page=page)


@app.errorhandler(404)
def page_not_found(error):
    return render_template_string(NOT_FOUND_PAGE.replace("{path}", request.path)), 404


init_db()

if __name__ == "__main__":
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "5000"))
    # No reloader: it forks a second server process, which confuses the demo scripts.
    app.run(host=host, port=port, debug=True, use_reloader=False)
