import hashlib
import hashlib as h
from hashlib import sha1


def hash_password(password):
    # ruleid: sast.python.weak-hash
    return hashlib.md5(password.encode("utf-8")).hexdigest()


# ruleid: sast.python.weak-hash
digest = h.md5(b"data")
# ruleid: sast.python.weak-hash
digest = sha1(b"data").hexdigest()
# ruleid: sast.python.weak-hash
digest = hashlib.new("md5", b"data")
# ruleid: sast.python.weak-hash
digest = hashlib.new("SHA1")
# ok: sast.python.weak-hash
etag = hashlib.md5(b"data", usedforsecurity=False).hexdigest()
# ok: sast.python.weak-hash
digest = hashlib.sha256(b"data").hexdigest()
# ok: sast.python.weak-hash
digest = hashlib.new("sha256", b"data")
