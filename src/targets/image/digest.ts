import { createHash, type Hash } from 'node:crypto';
import { ParseError } from '../../core/errors.js';

const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

/** Throws unless `value` is a well-formed `sha256:`/`sha512:` digest; returns it. */
export function checkDigest(value: unknown, where: string): string {
  if (typeof value !== 'string' || !DIGEST.test(value)) {
    throw new ParseError(`${where}: ${JSON.stringify(value)?.slice(0, 80)} is not a sha256/sha512 digest; the image metadata is damaged or not an image.`);
  }
  return value;
}

export function isDigest(value: string): boolean {
  return DIGEST.test(value);
}

export function hasherFor(digest: string): Hash {
  return createHash(digest.startsWith('sha512:') ? 'sha512' : 'sha256');
}

export function sha256Digest(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The digest's hex part: `sha256:abc` → `abc`. */
export function digestHex(digest: string): string {
  return digest.slice(digest.indexOf(':') + 1);
}
