from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("users.xml")
BY_NAME = etree.XPath("//user[@name=$name]")


@app.route("/user")
def user():
    name = request.args.get("name", "")
    # ruleid: sast.python.xpath-injection
    nodes = TREE.xpath("//user[@name='" + name + "']")
    return str(len(nodes))


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    password = request.form["password"]
    expr = f"//user[@name='{user}' and @password='{password}']"
    # ruleid: sast.python.xpath-injection
    found = etree.XPath(expr)(TREE)
    root = TREE.getroot()
    # ruleid: sast.python.xpath-injection
    return str(root.xpath("//group[@id=%s]" % request.form["group"]))


@app.route("/safe")
def safe():
    name = request.args.get("name", "")
    # ok: sast.python.xpath-injection
    nodes = TREE.xpath("//user[@name=$name]", name=name)
    # ok: sast.python.xpath-injection
    found = BY_NAME(TREE, name=name)
    # ok: sast.python.xpath-injection
    count = TREE.xpath("count(//user)")
    page = request.args.get("page", "1")
    # ok: sast.python.xpath-injection
    item = TREE.xpath("//item[%d]" % int(page))
    return str((nodes, found, count, item))


def by_id(tree, ident):
    # ok: sast.python.xpath-injection
    return tree.xpath("//user[@id='" + ident + "']")
