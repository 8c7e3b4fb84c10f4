import random
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def reset_token():
    return "".join(secrets.choice(ALPHABET) for _ in range(32))


def make_otp():
    otp = secrets.SystemRandom().randint(100000, 999999)
    return otp
