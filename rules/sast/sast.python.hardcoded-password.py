import os

import psycopg2

# ruleid: sast.python.hardcoded-password
DB_PASSWORD = "s3cr3t-pa55"
# ruleid: sast.python.hardcoded-password
conn = psycopg2.connect(host="db", user="app", password="hunter2-hunter2")
# ruleid: sast.python.hardcoded-password
settings = {"password": "correct-horse"}


# ruleid: sast.python.hardcoded-password
def login(user, password="changeme"):
    return user, password


class Client:
    def __init__(self):
        # ruleid: sast.python.hardcoded-password
        self.admin_pwd = "letmein!"


# ok: sast.python.hardcoded-password
DB_PASSWORD_FROM_ENV = os.environ["DB_PASSWORD"]
# ok: sast.python.hardcoded-password
conn = psycopg2.connect(host="db", user="app", password=os.environ["DB_PASSWORD"])
# ok: sast.python.hardcoded-password
password = ""
# ok: sast.python.hardcoded-password
password_length = 12
# ok: sast.python.hardcoded-password
username = "alice"
# ok: sast.python.hardcoded-password
PASSWORD_FIELD = "password"
# ok: sast.python.hardcoded-password
password_env = "DB_PASSWORD"
# ok: sast.python.hardcoded-password
form = {"password": "{password}"}
# ok: sast.python.hardcoded-password
masked = dict(password="********")
# ok: sast.python.hardcoded-password
config = {"MODULE_PWD_STATE": "yes"}
# ok: sast.python.hardcoded-password
password_policy = "at least 12 characters"
# ruleid: sast.python.hardcoded-password
ADMIN_PASSWORD2 = "second-admin-secret"
