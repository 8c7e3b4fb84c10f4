import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def upload_config():
    data = yaml.load(request.get_data(), yaml.FullLoader)
    docs = list(yaml.load_all(request.get_data(), Loader=yaml.UnsafeLoader))
    return {"keys": list(data), "docs": len(docs)}
