import base64
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_notes():
    upload = request.files["backup"]
    raw = upload.read()
    if upload.filename.endswith(".yaml"):
        imported = yaml.load(raw, Loader=yaml.Loader)
    else:
        imported = pickle.loads(base64.b64decode(raw))
    return {"count": len(imported)}
