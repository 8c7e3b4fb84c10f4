import random
import secrets
import string
from random import choice

# ruleid: sast.python.insecure-random
reset_token = random.getrandbits(128)
# ruleid: sast.python.insecure-random
otp = random.randint(100000, 999999)
# ruleid: sast.python.insecure-random
api_key = "".join(choice(string.ascii_letters) for _ in range(32))


def make_password():
    # ruleid: sast.python.insecure-random
    return "".join(random.choice(string.ascii_letters) for _ in range(12))


# ruleid: sast.python.insecure-random
user = create_user(name="bob", password=str(random.random()))
# ok: sast.python.insecure-random
delay = random.random() * 2
# ok: sast.python.insecure-random
reset_token = secrets.token_urlsafe(32)
# ok: sast.python.insecure-random
monkey = random.choice(["a", "b"])
# ok: sast.python.insecure-random
nonce = random.SystemRandom().getrandbits(64)
# ok: sast.python.insecure-random
status_code = random.choice([200, 503])
# ok: sast.python.insecure-random
session_delay = random.uniform(0.1, 0.5)
