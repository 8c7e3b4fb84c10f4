import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { sha256 } from '../../targets/image/testdata/tar-file.js';
import type { ObjectStore } from './types.js';

export interface ConformanceTarget {
  store: () => ObjectStore;
  /** Reads back what a URI the store returned points at. */
  read(uri: string): Promise<Buffer>;
  uriPattern: RegExp;
}

/** Incompressible-ish bytes, deterministic: a big object crosses S3's multipart threshold. */
export function bytes(n: number, seed = 1): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** The behaviour every object store keeps (run by each store's own test file). */
export function objectStoreConformance(t: ConformanceTarget): void {
  it('stores a stream and returns its URI, size and digest', async () => {
    const body = Buffer.from('snapshot manifest\n');
    const stored = await t.store().put('img/sha256-abc/manifest.json', Readable.from([body]), 'application/json');
    expect(stored).toMatchObject({ bytes: body.length, sha256: sha256(body) });
    expect(stored.uri).toMatch(t.uriPattern);
    expect(await t.read(stored.uri)).toEqual(body);
  });

  it('stores a large stream in full (multipart where the store has it)', async () => {
    const body = bytes(20 * 1024 * 1024 + 123);
    const chunks = Array.from({ length: Math.ceil(body.length / 65536) }, (_x, i) => body.subarray(i * 65536, (i + 1) * 65536));
    const stored = await t.store().put('big/code.tar.gz', Readable.from(chunks), 'application/gzip');
    expect(stored.bytes).toBe(body.length);
    expect((await t.read(stored.uri)).equals(body)).toBe(true);
  }, 60_000);

  it('replaces an object put again under the same key', async () => {
    await t.store().put('again/x.txt', Readable.from([Buffer.from('one')]), 'text/plain');
    const second = await t.store().put('again/x.txt', Readable.from([Buffer.from('two')]), 'text/plain');
    expect((await t.read(second.uri)).toString()).toBe('two');
  });

  it.each(['../escape', '/abs/key', 'a/../../b', 'a//b', '', 'a/./b'])('refuses the key %j', async (key) => {
    await expect(t.store().put(key, Readable.from([Buffer.from('x')]), 'text/plain')).rejects.toThrow(/not a valid object key/);
  });

  it('fails cleanly when the body stream fails', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('source broke'));
      },
    });
    await expect(t.store().put('broken/x.bin', failing, 'application/octet-stream')).rejects.toThrow();
  });
}
