import sqlite3

from flask import Flask, request, session

app = Flask(__name__)
db = sqlite3.connect("notes.db")


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    pw_hash = request.form.get("password", "")
    return db.execute("SELECT id FROM users WHERE username = ? AND password_hash = ?", (username, pw_hash)).fetchone()


@app.route("/search")
def search():
    q = request.args.get("q", "")
    user_id = session.get("user_id", 0)
    return db.execute("SELECT id FROM notes WHERE (is_public = 1 OR owner_id = ?) AND (title LIKE ? OR body LIKE ?)", (user_id, f"%{q}%", f"it's {q}")).fetchall()
