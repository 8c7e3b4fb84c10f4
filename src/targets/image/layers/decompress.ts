import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Decompress } from 'fzstd';
import { PatchlineError } from '../../../core/errors.js';
import { formatBytes } from '../../../core/walker.js';
import type { LayerLimits } from './limits.js';

export type Compression = 'gzip' | 'zstd' | 'none';

const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
/** Windows above 128 MiB are refused, as zstd's own decoder does without --long. */
const MAX_ZSTD_WINDOW = 128 * 1024 ** 2;

/** The layer's compression: the magic bytes decide; the media type only breaks a tie on an empty head. */
export function detectCompression(head: Uint8Array, mediaType: string): Compression {
  if (startsWith(head, GZIP_MAGIC)) return 'gzip';
  if (startsWith(head, ZSTD_MAGIC)) return 'zstd';
  if (head.length === 0) return /zstd/.test(mediaType) ? 'zstd' : /gzip/.test(mediaType) ? 'gzip' : 'none';
  return 'none';
}

function startsWith(head: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => head[i] === b);
}

export class LayerBoundError extends PatchlineError {
  constructor(message: string) {
    super('unsupported', message);
    this.name = 'LayerBoundError';
  }
}

/**
 * The uncompressed tar stream of a stored layer, bounded in size and in compression ratio. Errors
 * (a corrupt stream, a bound) surface on the returned stream.
 */
export function decompressLayer(stored: Readable, mediaType: string, limits: LayerLimits): Readable {
  const counter = { stored: 0 };
  let inflater: Transform | undefined;
  const sniff = new Transform({
    transform(chunk: Buffer, _enc, done) {
      counter.stored += chunk.length;
      if (!inflater) {
        inflater = pickInflater(detectCompression(chunk, mediaType), chunk);
        inflater.on('error', (err) => bounded.destroy(err));
        inflater.pipe(bounded);
      }
      if (inflater.write(chunk)) done();
      else inflater.once('drain', () => done());
    },
    flush(done) {
      if (!inflater) {
        bounded.end();
        return done();
      }
      inflater.end(() => done());
    },
  });
  const bounded = boundedOutput(limits, counter);
  stored.on('error', (err) => bounded.destroy(err));
  sniff.on('error', (err) => bounded.destroy(err));
  stored.pipe(sniff);
  sniff.resume();
  return bounded;
}

function pickInflater(kind: Compression, head: Buffer): Transform {
  if (kind === 'gzip') return createGunzip();
  if (kind === 'zstd') {
    checkZstdWindow(head);
    return zstdStream();
  }
  return new Transform({ transform: (chunk, _enc, done) => done(null, chunk) });
}

/** Refuses a first frame whose declared window would make the decoder allocate beyond the bound. */
function checkZstdWindow(head: Buffer): void {
  if (head.length < 6) return;
  const descriptor = head[4]!;
  const singleSegment = (descriptor & 0x20) !== 0;
  if (singleSegment) return; // window = content size, which the output bound covers
  const wd = head[5]!;
  const windowLog = 10 + (wd >> 3);
  const window = 2 ** windowLog + (2 ** windowLog / 8) * (wd & 7);
  if (window > MAX_ZSTD_WINDOW) {
    throw new LayerBoundError(`the zstd layer asks for a ${formatBytes(window)} window (over ${formatBytes(MAX_ZSTD_WINDOW)}); refused`);
  }
}

function zstdStream(): Transform {
  let push: ((chunk: Uint8Array) => void) | undefined;
  const decoder = new Decompress((chunk) => push?.(chunk));
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      push = (c) => this.push(Buffer.from(c.buffer, c.byteOffset, c.length));
      try {
        decoder.push(chunk);
        done();
      } catch (err) {
        done(new LayerBoundError(`the zstd layer is corrupt: ${(err as Error).message}`));
      }
    },
    flush(done) {
      push = (c) => this.push(Buffer.from(c.buffer, c.byteOffset, c.length));
      try {
        decoder.push(new Uint8Array(0), true);
        done();
      } catch (err) {
        done(new LayerBoundError(`the zstd layer is truncated or corrupt: ${(err as Error).message}`));
      }
    },
  });
}

function boundedOutput(limits: LayerLimits, counter: { stored: number }): Transform {
  let out = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      out += chunk.length;
      if (out > limits.maxLayerBytes) {
        return done(new LayerBoundError(`the layer unpacks to more than ${formatBytes(limits.maxLayerBytes)}; refused`));
      }
      if (out > limits.ratioGraceBytes && out > counter.stored * limits.maxRatio) {
        return done(new LayerBoundError(`the layer expands more than ${limits.maxRatio}× (a decompression bomb?); refused`));
      }
      done(null, chunk);
    },
  });
}
