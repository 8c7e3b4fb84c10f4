from flask import render_template_string, request
from jinja2 import Environment, Template

PAGE = "<p>Not found: {{ path }}</p>"
# ruleid: sast.python.ssti-render-template-string
html = render_template_string(PAGE.replace("{path}", request.path))
# ruleid: sast.python.ssti-render-template-string
html = render_template_string("<h1>Hello " + request.args["name"] + "</h1>")
# ruleid: sast.python.ssti-render-template-string
tpl = Template(request.form["template"])
# ruleid: sast.python.ssti-render-template-string
tpl = Environment().from_string(f"Hi {request.args['n']}")
# ok: sast.python.ssti-render-template-string
html = render_template_string(PAGE, path=request.path)
# ok: sast.python.ssti-render-template-string
html = render_template_string("<h1>Hello {{ name }}</h1>", name=request.args["name"])
