from flask import Flask

app = Flask(__name__)
app.debug = True
app.config["DEBUG"] = True


@app.route("/")
def index():
    return "hi"
