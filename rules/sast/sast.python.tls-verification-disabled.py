import ssl

import httpx
import jwt
import requests

# ruleid: sast.python.tls-verification-disabled
requests.get("https://internal.example", verify=False)
session = requests.Session()
# ruleid: sast.python.tls-verification-disabled
session.post("https://internal.example", data={}, verify=False)
# ruleid: sast.python.tls-verification-disabled
client = httpx.Client(verify=False)
# ruleid: sast.python.tls-verification-disabled
ctx = ssl._create_unverified_context()
ctx2 = ssl.create_default_context()
# ruleid: sast.python.tls-verification-disabled
ctx2.check_hostname = False
# ruleid: sast.python.tls-verification-disabled
ctx2.verify_mode = ssl.CERT_NONE
# ok: sast.python.tls-verification-disabled
requests.get("https://internal.example", verify="/etc/ssl/internal-ca.pem")
# ok: sast.python.tls-verification-disabled
requests.get("https://internal.example", timeout=5)
# ok: sast.python.tls-verification-disabled
ctx3 = ssl.create_default_context()
# ok: sast.python.tls-verification-disabled
claims = jwt.decode(token, "key", verify=False)
