import jwt

token = get_token()
# ruleid: sast.python.jwt-unverified
claims = jwt.decode(token, options={"verify_signature": False})
# ruleid: sast.python.jwt-unverified
claims = jwt.decode(token, "key", verify=False)
# ruleid: sast.python.jwt-unverified
claims = jwt.decode(token, "key", algorithms=["none"])
# ok: sast.python.jwt-unverified
claims = jwt.decode(token, KEY, algorithms=["HS256"])
# ok: sast.python.jwt-unverified
claims = jwt.decode(token, KEY, algorithms=["RS256"], options={"verify_exp": False})
