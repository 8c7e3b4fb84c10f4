"""User sign-up."""
import hashlib
import sqlite3
from werkzeug.security import generate_password_hash


def hash_password(password):
    return generate_password_hash(password)


def create_user(db, username, password):
    db.execute("INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, hash_password(password)))
