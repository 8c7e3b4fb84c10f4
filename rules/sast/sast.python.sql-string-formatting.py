import sqlite3

db = sqlite3.connect("app.db")
username = input()
# ruleid: sast.python.sql-string-formatting
db.execute(f"SELECT * FROM users WHERE name = '{username}'")
# ruleid: sast.python.sql-string-formatting
db.execute("SELECT * FROM users WHERE name = '%s'" % username)
# ruleid: sast.python.sql-string-formatting
db.execute("SELECT * FROM users WHERE name = '" + username + "'")
# ruleid: sast.python.sql-string-formatting
db.cursor().executemany("DELETE FROM t WHERE id = {}".format(username), [])


def find(cur, name):
    query = f"SELECT * FROM users WHERE name = '{name}'"
    # ruleid: sast.python.sql-string-formatting
    cur.execute(query)


TABLE = "users"
# ok: sast.python.sql-string-formatting
db.execute("SELECT * FROM users WHERE name = ?", (username,))
# ok: sast.python.sql-string-formatting
db.execute("SELECT * FROM users WHERE name = %s", (username,))
# ok: sast.python.sql-string-formatting
db.execute(f"SELECT COUNT(*) FROM {TABLE}")
# ok: sast.python.sql-string-formatting
db.execute("SELECT * FROM users " "ORDER BY id")


def safe(cur, name):
    query = "SELECT * FROM users WHERE name = ?"
    # ok: sast.python.sql-string-formatting
    cur.execute(query, (name,))


BY_NAME = "SELECT * FROM users WHERE name = '%s'"
# ruleid: sast.python.sql-string-formatting
db.execute(BY_NAME % username)
# ruleid: sast.python.sql-string-formatting
db.execute(BY_NAME.format(username))
# ok: sast.python.sql-string-formatting
db.execute(BY_NAME % "alice")

from flask import request


def page(cur):
    limit = int(request.args.get("limit", "20"))
    # ok: sast.python.sql-string-formatting
    cur.execute(f"SELECT id FROM users LIMIT {limit}")
    table = "audit_log"
    # ok: sast.python.sql-string-formatting
    cur.execute(f"SELECT * FROM {table}")
    q = request.args["q"]
    # ruleid: sast.python.sql-string-formatting
    cur.execute(q)
    order = request.args.get("order", "id")
    # ruleid: sast.python.sql-string-formatting
    cur.execute("SELECT * FROM users ORDER BY " + order.strip())
