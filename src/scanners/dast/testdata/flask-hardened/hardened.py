"""The demo app (examples/flask-app) with the web hardening its findings ask for, and nothing else changed.

    python3 hardened.py      # PORT and HOST as for app.py

Debug mode off (no Werkzeug debugger, no tracebacks), security headers on every response, and every
cookie Secure, HttpOnly and SameSite=Lax. The code-level flaws (SQL injection, XSS ...) are still there:
this is the variant the passive DAST rules must find nothing listed in VULNERABILITIES.md in.
"""
import os
import sys

sys.dont_write_bytecode = True
DEMO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "..", "examples", "flask-app")
sys.path.insert(0, os.path.abspath(DEMO))
os.chdir(os.path.abspath(DEMO))

from app import app  # noqa: E402

app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")

HEADERS = {
    "Content-Security-Policy": "default-src 'self'; object-src 'none'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cache-Control": "no-store",
}


@app.after_request
def harden(resp):
    resp.headers.update(HEADERS)
    cookies = resp.headers.getlist("Set-Cookie")
    resp.headers.remove("Set-Cookie")
    for cookie in cookies:
        for flag in ("Secure", "HttpOnly", "SameSite=Lax"):
            if flag.split("=")[0].lower() not in cookie.lower():
                cookie += "; " + flag
        resp.headers.add("Set-Cookie", cookie)
    return resp


if __name__ == "__main__":
    app.run(host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "5000")), debug=False, use_reloader=False)
