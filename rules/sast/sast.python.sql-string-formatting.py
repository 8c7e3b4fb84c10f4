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
