import logging
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)
LEGACY_SEARCH = False


def db():
    return sqlite3.connect("shop.db")


@app.route("/legacy/search")
def legacy_search():
    name = request.args.get("name", "")
    if LEGACY_SEARCH:
        # safe: CWE-89
        return jsonify(db().execute("SELECT * FROM users WHERE name = '" + name + "'").fetchall())
    return jsonify(db().execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall())


@app.route("/audit")
def audit():
    actor = request.args.get("actor", "")
    log.info("audit requested by %s", actor)
    table = "audit_log"
    # safe: CWE-89
    return jsonify(db().execute(f"SELECT * FROM {table} ORDER BY ts DESC LIMIT 50").fetchall())


@app.route("/tags")
def tags():
    tag = request.args.get("tag", "")
    tag = "featured"
    # safe: CWE-89
    return jsonify(db().execute(f"SELECT * FROM items WHERE tag = '{tag}'").fetchall())


@app.route("/filters", methods=["POST"])
def filters():
    body = request.get_json()
    clauses = []
    for key, value in body.items():
        clauses.append(f"{key} = '{value}'")
    where = " AND ".join(clauses)
    # vuln: CWE-89
    return jsonify(db().execute("SELECT * FROM items WHERE " + where).fetchall())
