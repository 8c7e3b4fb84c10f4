import sqlite3

from flask import Flask, redirect, request

from shop import queries
from shop.queries import count_query

from .links import next_page

app = Flask(__name__)
db = sqlite3.connect("shop.db")


@app.route("/orders")
def orders():
    # ruleid: sast.python.sql-string-formatting
    return str(db.execute(queries.order_query(request.args["sort"])).fetchall())


@app.route("/count")
def count():
    # ruleid: sast.python.sql-string-formatting
    return str(db.execute(count_query(request.args["table"])).fetchall())


@app.route("/by-status")
def by_status():
    # ok: sast.python.sql-string-formatting
    return str(db.execute(queries.status_query(request.args["status"]), (request.args["status"],)).fetchall())


@app.route("/fixed")
def fixed():
    # ok: sast.python.sql-string-formatting
    return str(db.execute(queries.order_query("created")).fetchall())


@app.route("/next")
def after():
    # ruleid: sast.python.open-redirect
    return redirect(next_page(request.args.get("page", "1")))
