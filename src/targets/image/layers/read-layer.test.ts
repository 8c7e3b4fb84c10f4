import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../testing/fixtures.js';
import { openDockerSave } from '../../../testing/docker-save.js';
import { DEFAULT_LAYER_LIMITS, type LayerLimits } from './limits.js';
import { readLayer, type ReadLayerOptions } from './read-layer.js';
import { makeTar } from './testdata/make-tar.js';

const TAR = 'application/vnd.oci.image.layer.v1.tar';

function options(wants: (p: string) => boolean = () => false, limits: Partial<LayerLimits> = {}) {
  const files = new Map<string, string>();
  const opts: ReadLayerOptions = {
    limits: { ...DEFAULT_LAYER_LIMITS, ...limits },
    wants,
    onFile: (p, content) => void files.set(p, content.toString()),
    label: 'layer 1',
  };
  return { opts, files };
}

describe('readLayer', () => {
  it('streams the real alpine:3.10 layer and hands over only the wanted file', async () => {
    const image = await openDockerSave(fixture('images', 'alpine-310', 'alpine-310.tar.gz'));
    const { opts, files } = options((p) => p === 'lib/apk/db/installed');
    const read = await readLayer(await image.openLayer(image.layers[0]!), image.layers[0]!.mediaType, opts);
    expect(read.complete).toBe(true);
    expect(read.issues).toEqual([]);
    expect([...files.keys()]).toEqual(['lib/apk/db/installed']);
    expect(files.get('lib/apk/db/installed')).toContain('P:musl\nV:1.1.22-r3');
    expect(read.entries.find((e) => e.path === 'bin/sh')).toEqual({ path: 'bin/sh', kind: 'symlink', target: 'bin/busybox' });
    expect(read.entries.length).toBeGreaterThan(400);
  });

  it('reads gzip and zstd layers by their magic bytes, whatever the media type says', async () => {
    const tar = await makeTar([{ name: 'app/a.txt', content: 'gz' }]);
    const gz = options(() => true);
    await readLayer(Readable.from([gzipSync(tar)]), TAR, gz.opts);
    expect(gz.files.get('app/a.txt')).toBe('gz');
    const zst = options(() => true);
    const zread = await readLayer(Readable.from([await readFile(new URL('testdata/hello.tar.zst', import.meta.url))]), TAR, zst.opts);
    expect(zread.issues).toEqual([]);
    expect(zst.files.get('hello.txt')).toBe('hello zstd\n');
  });

  it('refuses hostile entries with an issue each and keeps the rest', async () => {
    const tar = await makeTar([
      { name: '../evil', content: 'x' },
      { name: '/etc/abs', content: 'x' },
      { name: 'up', type: 'symlink', linkname: '../../../host' },
      { name: 'etc-link', type: 'symlink', linkname: '/etc' },
      { name: 'etc-link/passwd', content: 'root::0:0' },
      { name: 'hard', type: 'link', linkname: '../../outside' },
      { name: 'dev/sda', type: 'block-device' },
      { name: 'dev/null', type: 'character-device' },
      { name: 'ok/file.txt', content: 'fine' },
    ]);
    const { opts, files } = options(() => true);
    const read = await readLayer(Readable.from([tar]), TAR, opts);
    expect(read.complete).toBe(true);
    expect(read.issues.map((i) => i.code).sort()).toEqual([
      'hardlink-outside-root', 'path-through-symlink', 'special-file', 'special-file', 'symlink-outside-root', 'unsafe-path', 'unsafe-path',
    ]);
    expect(read.entries.map((e) => e.path)).toEqual(['etc-link', 'ok/file.txt']);
    expect([...files.keys()]).toEqual(['ok/file.txt']);
  });

  it('keeps what was read before a truncated tar breaks off', async () => {
    const tar = await makeTar([{ name: 'a.txt', content: 'a' }, { name: 'b.bin', content: Buffer.alloc(8192, 1) }]);
    const { opts, files } = options(() => true);
    const read = await readLayer(Readable.from([tar.subarray(0, 2048)]), TAR, opts);
    expect(read.complete).toBe(false);
    expect(read.issues.map((i) => i.code)).toEqual(['layer-unreadable']);
    expect(files.get('a.txt')).toBe('a');
  });

  it('stops a gzip bomb by ratio and by size', async () => {
    const bomb = gzipSync(await makeTar([{ name: 'zeros', content: Buffer.alloc(8 * 1024 * 1024) }]));
    const byRatio = await readLayer(Readable.from([bomb]), TAR, options(undefined, { ratioGraceBytes: 1024 * 1024, maxRatio: 100 }).opts);
    expect(byRatio.issues[0]?.message).toMatch(/expands more than 100×/);
    const bySize = await readLayer(Readable.from([bomb]), TAR, options(undefined, { maxLayerBytes: 1024 * 1024 }).opts);
    expect(bySize.issues[0]?.message).toMatch(/unpacks to more than 1 MiB/);
  });

  it('bounds entries and the size of a file read into memory', async () => {
    const tar = await makeTar([{ name: 'big', content: Buffer.alloc(4096, 65) }, { name: 'b' }, { name: 'c' }]);
    const { opts, files } = options(() => true, { maxFileBytes: 1024, maxEntries: 2 });
    const read = await readLayer(Readable.from([tar]), TAR, opts);
    expect(read.issues.map((i) => i.code)).toEqual(['too-large', 'too-many-entries']);
    expect(files.size).toBe(1);
    expect(read.entries).toHaveLength(2);
  });
});
