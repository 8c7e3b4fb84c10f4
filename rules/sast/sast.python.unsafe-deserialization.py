import marshal
import pickle
import pickle as pkl

import jsonpickle
import yaml

raw = read_upload()
# ruleid: sast.python.unsafe-deserialization
data = pickle.loads(raw)
# ruleid: sast.python.unsafe-deserialization
data = pkl.load(open("cache.bin", "rb"))
# ruleid: sast.python.unsafe-deserialization
code = marshal.loads(raw)
# ruleid: sast.python.unsafe-deserialization
obj = jsonpickle.decode(raw)
# ruleid: sast.python.unsafe-deserialization
doc = yaml.load(raw, Loader=yaml.Loader)
# ruleid: sast.python.unsafe-deserialization
doc = yaml.load(raw)
# ruleid: sast.python.unsafe-deserialization
doc = yaml.unsafe_load(raw)
# ok: sast.python.unsafe-deserialization
doc = yaml.load(raw, Loader=yaml.SafeLoader)
# ok: sast.python.unsafe-deserialization
doc = yaml.load(raw, yaml.CSafeLoader)
# ok: sast.python.unsafe-deserialization
doc = yaml.safe_load(raw)
# ok: sast.python.unsafe-deserialization
blob = pickle.dumps(data)
