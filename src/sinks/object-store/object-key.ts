import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { UsageError } from '../../core/errors.js';

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._+=@-]*$/;

/** A key is relative segments of safe characters: nothing that could climb out of a directory or prefix. */
export function checkObjectKey(key: string): string {
  const segments = key.split('/');
  if (key.length === 0 || key.length > 512 || !segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..')) {
    throw new UsageError(`"${key.slice(0, 100)}" is not a valid object key; use relative segments of letters, digits and . _ - separated by /.`);
  }
  return key;
}

/** Counts and hashes what passes through, for the StoredObject a store returns. */
export function measure(): { stream: Transform; result(): { bytes: number; sha256: string } } {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ bytes, sha256: `sha256:${hash.digest('hex')}` }) };
}
