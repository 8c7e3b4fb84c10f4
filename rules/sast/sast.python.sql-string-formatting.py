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


import re

from flask import abort

SORT_COLUMNS = {"created", "total", "status"}
COLUMN_FOR = {"new": "created_at DESC", "old": "created_at ASC"}
TABLE_NAME = re.compile(r"[a-z_]{1,32}")


def allow_listed(cur):
    column = request.args.get("sort", "created")
    if column not in SORT_COLUMNS:
        column = "created"
    # ok: sast.python.sql-string-formatting
    cur.execute("SELECT * FROM orders ORDER BY " + column)
    direction = request.args.get("dir", "asc")
    if direction.lower() not in ("asc", "desc"):
        abort(400)
    # ok: sast.python.sql-string-formatting
    cur.execute(f"SELECT * FROM orders ORDER BY total {direction}")
    order = request.args.get("order", "new")
    # ok: sast.python.sql-string-formatting
    cur.execute("SELECT * FROM orders ORDER BY " + COLUMN_FOR.get(order, "created_at"))
    # ok: sast.python.sql-string-formatting
    cur.execute("SELECT * FROM orders ORDER BY " + COLUMN_FOR[order])
    group = request.args.get("group", "day")
    group = group if group in ("day", "week") else "day"
    # ok: sast.python.sql-string-formatting
    cur.execute(f"SELECT count(*) FROM orders GROUP BY {group}")
    table = request.args["table"]
    if not TABLE_NAME.fullmatch(table):
        abort(400)
    # ok: sast.python.sql-string-formatting
    cur.execute(f"SELECT * FROM {table}")


def checks_that_do_not_clean(cur, seen):
    column = request.args.get("sort", "created")
    if column not in SORT_COLUMNS:
        print("unknown column", column)
    # ruleid: sast.python.sql-string-formatting
    cur.execute("SELECT * FROM orders ORDER BY " + column)
    name = request.args["name"]
    if not re.match(r"[a-z]+", name):
        abort(400)
    # ruleid: sast.python.sql-string-formatting
    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
    user = request.args["user"]
    if user in SORT_COLUMNS:
        pass
    # ruleid: sast.python.sql-string-formatting
    cur.execute(f"SELECT * FROM users WHERE name = '{user}'")
    tag = request.args["tag"]
    if tag not in seen:
        abort(400)
    # ruleid: sast.python.sql-string-formatting
    cur.execute(f"SELECT * FROM posts WHERE tag = '{tag}'")
    # ruleid: sast.python.sql-string-formatting
    cur.execute("SELECT * FROM orders ORDER BY " + COLUMN_FOR.get(order, order))
