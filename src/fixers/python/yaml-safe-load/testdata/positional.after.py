import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def upload_config():
    data = yaml.safe_load(request.get_data())
    docs = list(yaml.safe_load_all(request.get_data()))
    return {"keys": list(data), "docs": len(docs)}
