import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { ParseError } from '../../core/errors.js';
import { hasherFor } from './digest.js';

export interface ExpectedBlob {
  digest: string;
  size: number;
}

/**
 * Passes a blob through, counting and hashing it: errors as soon as more bytes arrive than declared,
 * and at the end when the size or the digest differs. `what` names the blob for the message.
 */
export function verifyBlob(expected: ExpectedBlob, what: string): Transform {
  const hash = hasherFor(expected.digest);
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      seen += chunk.length;
      if (seen > expected.size) {
        done(new ParseError(`${what} is larger than the ${expected.size} bytes its manifest declares; refusing it (the source is damaged or hostile).`));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      if (seen !== expected.size) {
        done(new ParseError(`${what} ended after ${seen} of ${expected.size} bytes; the blob is truncated — fetch or save the image again.`));
        return;
      }
      const actual = `${expected.digest.slice(0, expected.digest.indexOf(':'))}:${hash.digest('hex')}`;
      if (actual !== expected.digest) {
        done(new ParseError(`${what} has digest ${actual}, not ${expected.digest}; the blob was altered or corrupted — do not trust this image.`));
        return;
      }
      done();
    },
  });
}

/** Checks a blob already in memory the same way. */
export function verifyBytes(bytes: Buffer, expected: ExpectedBlob, what: string): Buffer {
  if (bytes.length !== expected.size) {
    throw new ParseError(`${what} is ${bytes.length} bytes, not the ${expected.size} its manifest declares; the source is damaged or hostile.`);
  }
  const actual = `${expected.digest.slice(0, expected.digest.indexOf(':'))}:${hasherFor(expected.digest).update(bytes).digest('hex')}`;
  if (actual !== expected.digest) {
    throw new ParseError(`${what} has digest ${actual}, not ${expected.digest}; the blob was altered or corrupted — do not trust this image.`);
  }
  return bytes;
}

/** `source` piped through verifyBlob; an error on either side ends the returned stream with it. */
export function verifiedStream(source: Readable, expected: ExpectedBlob, what: string): Readable {
  const check = verifyBlob(expected, what);
  pipeline(source, check, () => undefined);
  return check;
}
