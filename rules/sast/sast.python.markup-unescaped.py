from django.utils.safestring import mark_safe
from flask import request
from markupsafe import Markup, escape

q = request.args.get("q", "")
# ruleid: sast.python.markup-unescaped
heading = Markup(f"Results for <em>{q}</em>")
# ruleid: sast.python.markup-unescaped
html = mark_safe("<b>" + q + "</b>")
# ruleid: sast.python.markup-unescaped
banner = Markup(q)
# ok: sast.python.markup-unescaped
bold = Markup("<b>static</b>")
# ok: sast.python.markup-unescaped
safe = Markup("<em>{}</em>").format(q)
# ok: sast.python.markup-unescaped
escaped = escape(q)
# ok: sast.python.markup-unescaped
wrapped = Markup(escape(q))
# ok: sast.python.markup-unescaped
bolded = Markup("<b>" + escape(q) + "</b>")
