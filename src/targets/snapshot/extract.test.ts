import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import S3rver from 's3rver';
import { pack } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fsStore } from '../../sinks/object-store/fs/index.js';
import { s3Store } from '../../sinks/object-store/s3/index.js';
import { storeSnapshot, type SnapshotManifest } from '../image/snapshot/pack.js';
import type { Staged } from '../image/snapshot/staging.js';
import { extractSnapshot } from './extract.js';
import { openSnapshotArchive } from './fetch.js';

let tmp: string;
const sha = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'patchline-snapx-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A snapshot packed by the image scan's own packer, from files on disk. */
async function packed(files: Record<string, string>, store = fsStore.open({ dir: path.join(tmp, 'store') })) {
  const staged = new Map<string, Staged>();
  for (const [p, text] of Object.entries(files)) {
    const file = path.join(tmp, `staged-${staged.size}`);
    writeFileSync(file, text);
    staged.set(p, { layer: 0, file, size: Buffer.byteLength(text), sha256: sha(text) });
  }
  const manifest: SnapshotManifest = {
    image: { ref: 'docker-archive:app.tar', digest: 'sha256:abc', workingDir: '/app' },
    files: [...staged].map(([p, s]) => ({ path: p, size: s.size, sha256: s.sha256 })),
  };
  return storeSnapshot(manifest, staged, store, `t${Math.random().toString(36).slice(2)}/code.tar.gz`);
}

/** A hand-made archive, for what the packer would never write. */
async function hostile(entries: { name: string; body?: string; type?: 'file' | 'symlink' | 'link' | 'character-device'; linkname?: string }[]): Promise<Buffer> {
  const tar = pack();
  for (const e of entries) {
    if (e.body !== undefined) tar.entry({ name: e.name, type: e.type ?? 'file' }, e.body);
    else tar.entry({ name: e.name, type: e.type!, linkname: e.linkname, size: 0 });
  }
  tar.finalize();
  const chunks: Buffer[] = [];
  for await (const c of tar) chunks.push(c as Buffer);
  return gzipSync(Buffer.concat(chunks));
}

describe('extractSnapshot', () => {
  it('unpacks what an image scan stored, checked against its manifest', async () => {
    const stored = await packed({ 'app/app.py': 'print(1)\n', 'app/templates/index.html': '<p>hi</p>\n' });
    const dest = mkdtempSync(path.join(tmp, 'dest-'));
    const out = await extractSnapshot(await openSnapshotArchive(stored.uri, undefined), dest);
    expect(out.issues).toEqual([]);
    expect(out.files.sort()).toEqual(['app/app.py', 'app/templates/index.html']);
    expect(out.manifest?.image.workingDir).toBe('/app');
    expect(readFileSync(path.join(dest, 'app/app.py'), 'utf8')).toBe('print(1)\n');
  });

  it('refuses entries that climb out, links, devices and files that do not match the manifest, and keeps the rest', async () => {
    const good = 'ok = True\n';
    const manifest = JSON.stringify({ image: { ref: 'x', digest: 'sha256:x' }, files: [{ path: 'app/good.py', size: good.length, sha256: sha(good) }, { path: 'app/changed.py', size: 3, sha256: sha('old') }] });
    const archive = await hostile([
      { name: 'manifest.json', body: manifest },
      { name: 'files/../../escape.py', body: 'pwned' },
      { name: 'files//etc/cron.d/x', body: 'pwned' },
      { name: 'etc/passwd', body: 'pwned' },
      { name: 'files/app/link', type: 'symlink', linkname: '/etc' },
      { name: 'files/app/hard', type: 'link', linkname: 'files/app/good.py' },
      { name: 'files/app/tty', type: 'character-device' },
      { name: 'files/app/good.py', body: good },
      { name: 'files/app/changed.py', body: 'new' },
    ]);
    const dest = mkdtempSync(path.join(tmp, 'dest-'));
    const out = await extractSnapshot(Readable.from(archive), dest);
    expect(out.files).toEqual(['app/good.py']);
    expect(readdirSync(path.join(dest, 'app')).sort()).toEqual(['good.py']);
    expect(existsSync(path.join(tmp, 'escape.py'))).toBe(false);
    expect(out.issues.map((i) => i.code).sort()).toEqual([
      'snapshot-digest-mismatch', 'snapshot-entry-refused', 'snapshot-entry-refused', 'snapshot-entry-refused',
      'snapshot-entry-refused', 'snapshot-entry-refused', 'snapshot-entry-refused',
    ]);
  });

  it('stops at the decompression limit and keeps what came before', async () => {
    const archive = await hostile([{ name: 'files/a.py', body: 'a = 1\n' }, { name: 'files/zeros.bin', body: '\0'.repeat(4 * 1024 * 1024) }]);
    const dest = mkdtempSync(path.join(tmp, 'dest-'));
    const out = await extractSnapshot(Readable.from(archive), dest, { maxFiles: 10, maxFileBytes: 1024, maxTotalBytes: 1024 });
    expect(out.files).toEqual(['a.py']);
    expect(out.issues.map((i) => i.code)).toContain('snapshot-too-large');
  });

  it('reports a truncated archive without losing the files before the cut', async () => {
    const archive = await hostile([{ name: 'files/a.py', body: 'a = 1\n' }, { name: 'files/b.py', body: randomBytes(100_000).toString('base64') }]);
    const dest = mkdtempSync(path.join(tmp, 'dest-'));
    const out = await extractSnapshot(Readable.from(archive.subarray(0, archive.length - 200)), dest);
    expect(out.files).toContain('a.py');
    expect(out.issues.map((i) => i.code)).toContain('snapshot-truncated');
  });
});

describe('openSnapshotArchive from S3', () => {
  let server: S3rver;
  let endpoint: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: mkdtempSync(path.join(tmp, 's3-')), configureBuckets: [{ name: 'snaps', configs: [] }] });
    endpoint = `http://127.0.0.1:${(await server.run()).port}`;
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' });
  });
  afterAll(async () => {
    process.env = saved;
    await server.close();
  });

  it('reads an s3:// snapshot with the endpoint of snapshot.s3', async () => {
    const settings = { bucket: 'snaps', prefix: 'patchline', endpoint };
    const stored = await packed({ 'app/app.py': 'print(2)\n' }, s3Store.open(settings));
    expect(stored.uri).toMatch(/^s3:\/\/snaps\/patchline\//);
    const dest = mkdtempSync(path.join(tmp, 'dest-'));
    const out = await extractSnapshot(await openSnapshotArchive(stored.uri, { s3: settings }), dest);
    expect(out.files).toEqual(['app/app.py']);
    await expect(openSnapshotArchive('s3://snaps/patchline/missing.tar.gz', { s3: settings })).rejects.toThrow(/cannot read s3:\/\/snaps\/patchline\/missing\.tar\.gz \(NoSuchKey\)/);
  });
});
