import sqlite3

from flask import Flask, request

from . import sql

app = Flask(__name__)


def db():
    return sqlite3.connect("shop.db")


@app.route("/products")
def products():
    # vuln: CWE-89
    return str(db().execute(sql.by_column(request.args["sort"])).fetchall())


@app.route("/products/category")
def by_category():
    category = request.args["category"]
    # safe: CWE-89
    return str(db().execute(sql.by_category(category), (category,)).fetchall())
