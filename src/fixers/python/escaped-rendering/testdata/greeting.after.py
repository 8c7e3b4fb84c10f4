from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    return render_template_string("<h1>Hello {{ name }}!</h1><p>You came from {{ referrer }}.</p>", name=name, referrer=request.referrer)


@app.route("/badge")
def badge():
    user = request.args.get("user", "")
    return Markup("<span class='badge'>{}</span>").format(user)
