import xml.dom.minidom

import defusedxml.ElementTree
import defusedxml.lxml
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
# ruleid: sast.python.xxe
UNSAFE_PARSER = etree.XMLParser(resolve_entities=True)


@app.route("/import", methods=["POST"])
def import_doc():
    # ruleid: sast.python.xxe
    doc = etree.fromstring(request.data)
    return doc.tag


@app.route("/import2", methods=["POST"])
def import_doc2():
    body = request.get_data()
    # ruleid: sast.python.xxe
    root = etree.fromstring(body, UNSAFE_PARSER)
    # ruleid: sast.python.xxe
    tree = etree.parse(request.files["doc"], parser=etree.XMLParser(resolve_entities=True))
    return root.tag + str(tree)


@app.route("/minidom", methods=["POST"])
def minidom():
    # ruleid: sast.python.xxe
    dom = xml.dom.minidom.parseString(request.form["xml"])
    return dom.documentElement.tagName


@app.route("/safe", methods=["POST"])
def safe():
    body = request.form["xml"]
    # ok: sast.python.xxe
    a = etree.fromstring(body, SAFE_PARSER)
    # ok: sast.python.xxe
    b = defusedxml.lxml.fromstring(body)
    # ok: sast.python.xxe
    c = defusedxml.ElementTree.fromstring(body)
    # ok: sast.python.xxe
    d = etree.fromstring("<config><debug>0</debug></config>")
    local_parser = etree.XMLParser(resolve_entities=False)
    # ok: sast.python.xxe
    e = etree.fromstring(body, parser=local_parser)
    return str((a, b, c, d, e))


def load(text):
    # ok: sast.python.xxe
    return etree.fromstring(text)


# ok: sast.python.xxe
CONFIG = etree.parse("config.xml", SAFE_PARSER)
