from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = "unused-in-bench"


@app.route("/remember")
def remember():
    session["after_login"] = request.args.get("next", "/")
    return "remembered"


@app.route("/continue")
def continue_to():
    requested = request.args.get("next", "/")
    session["requested"] = requested
    # safe: CWE-601
    return redirect("/welcome")


@app.route("/lang")
def lang():
    code = request.args.get("code", "en")
    # vuln: CWE-601
    return redirect(request.args.get("from", "/") + "?lang=" + code)
