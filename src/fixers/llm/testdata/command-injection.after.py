import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


def log_line(message):
    print(message)


@app.route('/ping')
def ping():
    host = request.args.get('host', '127.0.0.1')
    log_line(f'pinging {host}')
    subprocess.run(['ping', '-c', '1', host], check=False)
    return 'ok'


@app.route('/health')
def health():
    return 'ok'
