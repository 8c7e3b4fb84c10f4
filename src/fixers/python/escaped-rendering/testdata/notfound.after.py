from flask import Flask, render_template, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)

NOT_FOUND_PAGE = """{% extends "base.html" %}
{% block content %}<p>There is nothing at <code>{path}</code>.</p>{% endblock %}"""


@app.route("/search")
def search():
    q = request.args.get("q", "")
    results = []
    heading = Markup("{} result(s) for <em>{}</em>").format(len(results), q)
    return render_template("search.html", heading=heading)


@app.errorhandler(404)
def page_not_found(error):
    return render_template_string(NOT_FOUND_PAGE.replace("{path}", "{{ path }}"), path=request.path), 404
