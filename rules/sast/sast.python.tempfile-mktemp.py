import tempfile
from tempfile import mktemp

# ruleid: sast.python.tempfile-mktemp
path = tempfile.mktemp(suffix=".txt")
# ruleid: sast.python.tempfile-mktemp
other = mktemp()
# ok: sast.python.tempfile-mktemp
fd, path = tempfile.mkstemp(suffix=".txt")
# ok: sast.python.tempfile-mktemp
with tempfile.NamedTemporaryFile() as f:
    f.write(b"x")
