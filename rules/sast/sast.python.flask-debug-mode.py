import os

from flask import Flask

app = Flask(__name__)
# ruleid: sast.python.flask-debug-mode
app.debug = True
# ruleid: sast.python.flask-debug-mode
app.config["DEBUG"] = True
# ok: sast.python.flask-debug-mode
app.debug = False
# ok: sast.python.flask-debug-mode
app.run(debug=os.environ.get("FLASK_DEBUG") == "1")

if __name__ == "__main__":
    # ruleid: sast.python.flask-debug-mode
    app.run(host="127.0.0.1", port=5000, debug=True)
    # ok: sast.python.flask-debug-mode
    app.run(host="127.0.0.1", port=5000)
    # ok: sast.python.flask-debug-mode
    app.run(debug=False)
