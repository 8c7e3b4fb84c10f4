import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)


def db():
    if "db" not in g:
        g.db = sqlite3.connect("shop.db")
    return g.db


@app.route("/users/search")
def search_users():
    name = request.args.get("name", "")
    # vuln: CWE-89
    rows = db().execute(f"SELECT id, name FROM users WHERE name LIKE '%{name}%'").fetchall()
    return jsonify(rows)


@app.route("/users/<user_id>")
def get_user(user_id):
    query = "SELECT id, name, email FROM users WHERE id = " + user_id
    cur = db().cursor()
    # vuln: CWE-89
    cur.execute(query)
    return jsonify(cur.fetchone())


@app.route("/orders")
def orders():
    status = request.args["status"]
    sql = "SELECT * FROM orders WHERE status = '%s' ORDER BY created DESC" % status
    # vuln: CWE-89
    return jsonify(db().execute(sql).fetchall())


@app.route("/orders/by-customer", methods=["POST"])
def orders_by_customer():
    customer = request.form["customer"]
    # vuln: CWE-89
    rows = db().execute("SELECT * FROM orders WHERE customer = '{}'".format(customer)).fetchall()
    return jsonify(rows)


def find_by_email(cur, email):
    # vuln: CWE-89
    cur.execute("SELECT id FROM users WHERE email = '" + email + "'")
    return cur.fetchone()


@app.route("/users/lookup")
def lookup():
    return jsonify(find_by_email(db().cursor(), request.args.get("email")))


@app.route("/users/safe-search")
def safe_search():
    name = request.args.get("name", "")
    # safe: CWE-89
    rows = db().execute("SELECT id, name FROM users WHERE name LIKE ?", (f"%{name}%",)).fetchall()
    return jsonify(rows)


@app.route("/users/page")
def page():
    limit = int(request.args.get("limit", "20"))
    # safe: CWE-89
    rows = db().execute(f"SELECT id, name FROM users LIMIT {limit}").fetchall()
    return jsonify(rows)


TABLE = "orders"


@app.route("/orders/count")
def count_orders():
    # safe: CWE-89
    n = db().execute(f"SELECT COUNT(*) FROM {TABLE}").fetchone()[0]
    return jsonify(n)


@app.route("/orders/sorted")
def sorted_orders():
    column = request.args.get("sort", "created")
    if column not in ("created", "total", "status"):
        column = "created"
    # safe: CWE-89
    rows = db().execute("SELECT * FROM orders ORDER BY " + column).fetchall()
    return jsonify(rows)


@app.route("/orders/recent")
def recent():
    days = request.args.get("days", "7")
    query = "SELECT * FROM orders WHERE created > date('now', ?)"
    # safe: CWE-89
    rows = db().execute(query, (f"-{days} days",)).fetchall()
    return jsonify(rows)
