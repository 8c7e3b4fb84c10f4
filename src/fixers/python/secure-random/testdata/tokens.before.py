import random
import string

ALPHABET = string.ascii_letters + string.digits


def reset_token():
    return "".join(random.choice(ALPHABET) for _ in range(32))


def make_otp():
    otp = random.randint(100000, 999999)
    return otp
