import re

import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/user")
def user():
    conn = ldap.initialize("ldap://ldap.example.com")
    name = request.args.get("name", "")
    # ruleid: sast.python.ldap-injection
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + name + ")"))


@app.route("/login", methods=["POST"])
def login():
    conn = ldap.initialize("ldap://ldap.example.com")
    user = request.form["user"]
    query = f"(&(uid={user})(objectClass=person))"
    # ruleid: sast.python.ldap-injection
    conn.search_ext_s(BASE, ldap.SCOPE_SUBTREE, filterstr=query)
    # ruleid: sast.python.ldap-injection
    conn.search(BASE, ldap.SCOPE_SUBTREE, "(mail=%s)" % request.form["mail"])
    return "ok"


@app.route("/safe")
def safe():
    conn = ldap.initialize("ldap://ldap.example.com")
    name = escape_filter_chars(request.args.get("name", ""))
    # ok: sast.python.ldap-injection
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + name + ")")
    uid = request.args.get("uid", "")
    # ok: sast.python.ldap-injection
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(objectClass=person)", ["uid", "cn"])
    # ok: sast.python.ldap-injection
    conn.search_s("uid=admin," + BASE, ldap.SCOPE_BASE, "(objectClass=*)")
    # ok: sast.python.ldap-injection
    conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uidNumber=%d)" % int(uid))
    # ok: sast.python.ldap-injection
    return str(re.search(uid, "(uid=admin)"))


def lookup(conn, name):
    # ok: sast.python.ldap-injection
    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(cn=" + name + ")")
