from Crypto.Cipher import AES, ARC4, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

key = load_key()
# ruleid: sast.python.weak-cipher
c1 = DES.new(key, DES.MODE_CBC)
# ruleid: sast.python.weak-cipher
c2 = ARC4.new(key)
# ruleid: sast.python.weak-cipher
c3 = AES.new(key, AES.MODE_ECB)
# ruleid: sast.python.weak-cipher
c4 = Cipher(algorithms.AES(key), modes.ECB())
# ruleid: sast.python.weak-cipher
c5 = Cipher(algorithms.Blowfish(key), modes.CBC(iv))
# ok: sast.python.weak-cipher
c6 = AES.new(key, AES.MODE_GCM)
# ok: sast.python.weak-cipher
c7 = Cipher(algorithms.AES(key), modes.GCM(iv))
# ruleid: sast.python.weak-cipher
c8 = AES.new(key, mode=AES.MODE_ECB)
