import os

import boto3
import jwt
import psycopg2
from flask import Flask

app = Flask(__name__)
# vuln: CWE-798
app.secret_key = "f3a9c2d17b8e4a6f9d0c5b2e8a7f1c34"
# vuln: CWE-798
app.config["SECRET_KEY"] = "dev-secret-please-change-7f6e5d4c3b2a"
# vuln: CWE-798
PAYMENTS_API_TOKEN = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
# safe: CWE-798
app.config["JWT_SECRET"] = os.environ["JWT_SECRET"]
# safe: CWE-798
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "")
# safe: CWE-798
PASSWORD_FIELD = "password"


def database():
    # vuln: CWE-798
    return psycopg2.connect(host="db.internal", user="app", password="Tr0ub4dor&3-prod")


def database_from_env():
    # safe: CWE-798
    return psycopg2.connect(host="db.internal", user="app", password=os.environ["DB_PASSWORD"])


def storage():
    # vuln: CWE-798
    return boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")


def sign(claims):
    # vuln: CWE-798
    return jwt.encode(claims, "hunter2-signing-key-2024", algorithm="HS256")


def sign_safe(claims):
    # safe: CWE-798
    return jwt.encode(claims, os.environ["JWT_SECRET"], algorithm="HS256")


def placeholder():
    # safe: CWE-798
    password = ""
    return password
