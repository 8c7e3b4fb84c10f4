import ast
import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "1+1")
    # vuln: CWE-94
    return str(eval(expr))


@app.route("/calc/weighted")
def weighted():
    weight = request.args.get("w", "1")
    # vuln: CWE-94
    return str(eval(f"10 * {weight}"))


@app.route("/admin/run", methods=["POST"])
def run_snippet():
    code = request.get_json()["code"]
    scope = {}
    # vuln: CWE-94
    exec(code, scope)
    return json.dumps(scope.get("result"))


def apply_filter(items, condition):
    # vuln: CWE-94
    return [i for i in items if eval("i " + condition)]


@app.route("/filter")
def filter_items():
    return json.dumps(apply_filter([1, 5, 10], request.args["cond"]))


@app.route("/calc/compile", methods=["POST"])
def compiled():
    source = request.form["source"]
    # vuln: CWE-94
    fn = compile(source, "<user>", "exec")
    exec(fn)
    return "ok"


@app.route("/calc/literal")
def literal():
    value = request.args.get("v", "[]")
    # safe: CWE-94
    return json.dumps(ast.literal_eval(value))


@app.route("/calc/constant")
def constant():
    # safe: CWE-94
    return str(eval("2 ** 10"))


@app.route("/calc/int")
def as_int():
    n = request.args.get("n", "0")
    # safe: CWE-94
    return str(eval(str(int(n)) + " * 2"))


@app.route("/calc/json", methods=["POST"])
def parse_json():
    body = request.get_data(as_text=True)
    # safe: CWE-94
    return json.dumps(json.loads(body))
