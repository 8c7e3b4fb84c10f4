from flask import Flask

app = Flask(__name__)
# vuln: CWE-489
app.config["DEBUG"] = True
# safe: CWE-489
app.config["TESTING"] = True
# vuln: CWE-489
app.debug = True

DEBUG = False


def serve():
    # safe: CWE-489
    app.run(debug=DEBUG)


def serve_debug():
    # vuln: CWE-489
    app.run("0.0.0.0", 8000, True)


def start():
    # safe: CWE-489
    app.run(debug=False)


if __name__ == "__main__":
    # vuln: CWE-489
    app.run(debug=True)
