from flask import make_response

resp = make_response("hello")
# ruleid: sast.python.cookie-missing-flags
resp.set_cookie("remember_me", "alice", max_age=3600)
# ruleid: sast.python.cookie-missing-flags
resp.set_cookie("session_hint", "x", secure=True, httponly=True)
# ruleid: sast.python.cookie-missing-flags
resp.set_cookie("tracking", "1", secure=False, httponly=True, samesite="Lax")
# ruleid: sast.python.cookie-missing-flags
resp.set_cookie("cross", "1", secure=True, httponly=True, samesite=None)
# ok: sast.python.cookie-missing-flags
resp.set_cookie("remember_me", "alice", secure=True, httponly=True, samesite="Lax")
# ok: sast.python.cookie-missing-flags
resp.set_cookie("strict", "1", max_age=60, secure=True, httponly=True, samesite="Strict")
# ok: sast.python.cookie-missing-flags
resp.set_cookie(**COOKIE_SETTINGS)
# ok: sast.python.cookie-missing-flags
resp.delete_cookie("remember_me")
# ok: sast.python.cookie-missing-flags
jar.set_cookie(cookie)
