import sqlite3

from flask import Flask, request, session

app = Flask(__name__)
db = sqlite3.connect("notes.db")


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    pw_hash = request.form.get("password", "")
    return db.execute(f"SELECT id FROM users WHERE username = '{username}' AND password_hash = '{pw_hash}'").fetchone()


@app.route("/search")
def search():
    q = request.args.get("q", "")
    user_id = session.get("user_id", 0)
    return db.execute("SELECT id FROM notes WHERE (is_public = 1 OR owner_id = %d) AND (title LIKE '%%%s%%' OR body LIKE 'it''s %s')" % (user_id, q, q)).fetchall()
