const serialize = require('node-serialize');

function load(req) {
  // ruleid: sast.javascript.unsafe-deserialization
  const profile = serialize.unserialize(req.cookies.profile);
  // ok: sast.javascript.unsafe-deserialization
  const settings = JSON.parse(req.cookies.settings);
  // ok: sast.javascript.unsafe-deserialization
  const text = serialize.serialize({ a: 1 });
  return { profile, settings, text };
}

function restore(blob) {
  // ruleid: sast.javascript.unsafe-deserialization
  return serialize.unserialize(blob);
}
