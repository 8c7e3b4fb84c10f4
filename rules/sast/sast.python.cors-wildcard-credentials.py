from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask
from flask_cors import CORS, cross_origin

app = Flask(__name__)
# ruleid: sast.python.cors-wildcard-credentials
CORS(app, origins="*", supports_credentials=True)
# ruleid: sast.python.cors-wildcard-credentials
CORS(app, supports_credentials=True)
# ruleid: sast.python.cors-wildcard-credentials
CORS(app, origins=["https://a.example", "*"], supports_credentials=True)
# ok: sast.python.cors-wildcard-credentials
CORS(app, origins="*")
# ok: sast.python.cors-wildcard-credentials
CORS(app, origins=["https://app.example.com"], supports_credentials=True)


# ruleid: sast.python.cors-wildcard-credentials
@cross_origin(origins="*", supports_credentials=True)
def api():
    return "{}"


api2 = FastAPI()
# ruleid: sast.python.cors-wildcard-credentials
api2.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)
# ok: sast.python.cors-wildcard-credentials
api2.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)
