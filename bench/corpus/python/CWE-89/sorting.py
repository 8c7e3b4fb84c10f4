import re
import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SORTABLE = frozenset({"created", "total", "status"})
ORDER_BY = {"newest": "created DESC", "oldest": "created ASC", "biggest": "total DESC"}
SLUG = re.compile(r"[a-z0-9-]{1,64}")


def db():
    return sqlite3.connect("shop.db")


@app.route("/orders/by-column")
def by_column():
    column = request.args.get("sort", "created")
    if column not in SORTABLE:
        abort(400)
    # safe: CWE-89
    return jsonify(db().execute(f"SELECT * FROM orders ORDER BY {column}").fetchall())


@app.route("/orders/by-preset")
def by_preset():
    preset = request.args.get("order", "newest")
    # safe: CWE-89
    return jsonify(db().execute("SELECT * FROM orders ORDER BY " + ORDER_BY.get(preset, "created DESC")).fetchall())


@app.route("/orders/direction")
def direction():
    way = request.args.get("dir", "asc").lower()
    way = way if way in ("asc", "desc") else "asc"
    # safe: CWE-89
    return jsonify(db().execute(f"SELECT * FROM orders ORDER BY total {way}").fetchall())


@app.route("/products/<slug>")
def product(slug):
    if not SLUG.fullmatch(slug):
        abort(404)
    # safe: CWE-89
    return jsonify(db().execute(f"SELECT * FROM products WHERE slug = '{slug}'").fetchall())


@app.route("/orders/logged-column")
def logged_column():
    column = request.args.get("sort", "created")
    if column not in SORTABLE:
        app.logger.warning("unknown sort column %s", column)
    # vuln: CWE-89
    return jsonify(db().execute(f"SELECT * FROM orders ORDER BY {column}").fetchall())


@app.route("/products/search")
def search():
    term = request.args.get("q", "")
    if not re.search(r"[a-z]+", term):
        abort(400)
    # vuln: CWE-89
    return jsonify(db().execute(f"SELECT * FROM products WHERE name LIKE '%{term}%'").fetchall())
