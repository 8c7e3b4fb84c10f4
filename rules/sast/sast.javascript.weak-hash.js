import crypto from 'node:crypto';
import { createHash } from 'crypto';

export function passwordDigest(password) {
  // ruleid: sast.javascript.weak-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

export function etag(body) {
  // ruleid: sast.javascript.weak-hash
  const h = createHash('sha1');
  // ok: sast.javascript.weak-hash
  const strong = createHash('sha256');
  // ok: sast.javascript.weak-hash
  const md5 = 'md5';
  return h.update(body).digest('hex') + strong + md5;
}

export function documentUuid(name) {
  // ok: sast.javascript.weak-hash
  const hash = createHash('sha1').update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  return hash.toString('hex');
}
