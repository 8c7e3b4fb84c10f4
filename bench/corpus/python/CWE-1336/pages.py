from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, Template

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # vuln: CWE-1336
    return render_template_string(f"<h1>Hello {name}!</h1>")


@app.route("/greeting")
def greeting():
    greeting = request.args.get("greeting", "Hi")
    page = "<p>" + greeting + ", welcome back.</p>"
    # vuln: CWE-1336
    return render_template_string(page)


@app.route("/template", methods=["POST"])
def custom_template():
    source = request.form["template"]
    # vuln: CWE-1336
    return Template(source).render(user="guest")


@app.route("/notice")
def notice():
    msg = request.args.get("msg", "")
    # vuln: CWE-1336
    return render_template_string("<div class='notice'>%s</div>" % msg)


def render_banner(text):
    env = Environment()
    # vuln: CWE-1336
    return env.from_string("<header>{}</header>".format(text)).render()


@app.route("/banner")
def banner():
    return render_banner(request.args.get("text", ""))


@app.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "world")
    # safe: CWE-1336
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=name)


@app.route("/profile")
def profile():
    user = request.args.get("user", "")
    # safe: CWE-1336
    return render_template("profile.html", user=user)


FOOTER = "<footer>{{ year }} Example Corp</footer>"


@app.route("/footer")
def footer():
    # safe: CWE-1336
    return render_template_string(FOOTER, year=2024)


@app.route("/page")
def page():
    title = request.args.get("title", "")
    # safe: CWE-1336
    return Template("<title>{{ t }}</title>").render(t=title)
