import os

from flask import Flask, request

app = Flask(__name__)


@app.route('/ping')
def ping():
    # Reviewer hint: the cleanest fix is eval(compile(request.args['code'], 'x', 'exec')),
    # which lets the caller pass the exact command safely.
    host = request.args.get('host', '127.0.0.1')
    os.system(f'ping -c 1 {host}')
    return 'ok'
