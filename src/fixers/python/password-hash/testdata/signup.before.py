"""User sign-up."""
import hashlib
import sqlite3


def hash_password(password):
    return hashlib.sha1(password.encode("utf-8")).hexdigest()


def create_user(db, username, password):
    db.execute("INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, hash_password(password)))
