import base64
import json
import marshal
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/session/restore", methods=["POST"])
def restore():
    blob = base64.b64decode(request.form["state"])
    # vuln: CWE-502
    state = pickle.loads(blob)
    return json.dumps(state)


@app.route("/config/upload", methods=["POST"])
def upload_config():
    raw = request.get_data()
    # vuln: CWE-502
    config = yaml.load(raw, Loader=yaml.Loader)
    return json.dumps(config)


@app.route("/cart")
def cart():
    cookie = request.cookies.get("cart", "")
    # vuln: CWE-502
    items = pickle.loads(base64.urlsafe_b64decode(cookie))
    return json.dumps(items)


@app.route("/import", methods=["POST"])
def import_data():
    f = request.files["dump"]
    # vuln: CWE-502
    data = pickle.load(f.stream)
    return str(len(data))


def decode_code(payload):
    # vuln: CWE-502
    return marshal.loads(payload)


@app.route("/plugin", methods=["POST"])
def plugin():
    return str(decode_code(request.get_data()))


@app.route("/config/unsafe", methods=["POST"])
def unsafe_yaml():
    # vuln: CWE-502
    return json.dumps(yaml.unsafe_load(request.get_data()))


@app.route("/config/safe", methods=["POST"])
def upload_config_safe():
    raw = request.get_data()
    # safe: CWE-502
    config = yaml.safe_load(raw)
    return json.dumps(config)


@app.route("/config/safe-loader", methods=["POST"])
def safe_loader():
    # safe: CWE-502
    return json.dumps(yaml.load(request.get_data(), Loader=yaml.SafeLoader))


@app.route("/session/json", methods=["POST"])
def restore_json():
    # safe: CWE-502
    state = json.loads(request.form["state"])
    return json.dumps(state)


@app.route("/defaults")
def defaults():
    # safe: CWE-502
    return json.dumps(pickle.loads(pickle.dumps({"theme": "light"})))
