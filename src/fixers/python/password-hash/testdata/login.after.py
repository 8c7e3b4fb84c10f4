import hashlib


def hash_password(password):
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def login(db, username, password):
    pw_hash = hash_password(password)
    return db.execute("SELECT id FROM users WHERE username = ? AND password_hash = ?", (username, pw_hash)).fetchone()
