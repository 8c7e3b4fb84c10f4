import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { extract } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { catalogers } from '../../../catalogers/registry.js';
import { analyzeImage } from '../layers/analyze-image.js';
import { makeImage } from '../layers/testdata/make-image.js';
import { imageSnapshot } from './image-snapshot.js';
import type { SnapshotManifest, SnapshotStore } from './pack.js';

function memoryStore(): SnapshotStore & { objects: Map<string, Buffer> } {
  const objects = new Map<string, Buffer>();
  return {
    objects,
    async put(key, body) {
      const chunks: Buffer[] = [];
      for await (const c of body) chunks.push(c as Buffer);
      const bytes = Buffer.concat(chunks);
      objects.set(key, bytes);
      return { uri: `mem://${key}`, sha256: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
    },
  };
}

async function untar(gz: Buffer): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const tar = extract();
  Readable.from([gunzipSync(gz)]).pipe(tar);
  for await (const entry of tar) {
    const chunks: Buffer[] = [];
    for await (const c of entry) chunks.push(c as Buffer);
    out.set(entry.header.name, Buffer.concat(chunks).toString());
  }
  return out;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('imageSnapshot', () => {
  it('packs WORKDIR and the included globs as the final tree shows them, without packages or OS files', async () => {
    const image = await makeImage([
      [
        { name: 'app/main.py', content: 'print("v1")\n' },
        { name: 'app/old.py', content: 'old\n' },
        { name: 'app/node_modules/left-pad/index.js', content: 'module.exports = 1\n' },
        { name: 'app/lib/__pycache__/x.cpython-311.pyc', content: 'bytecode' },
        { name: 'usr/lib/python3/dist-packages/six.py', content: 'six\n' },
        { name: 'etc/passwd', content: 'root:x:0:0\n' },
        { name: 'opt/extra/conf.yaml', content: 'a: 1\n' },
      ],
      [{ name: 'app/main.py', content: 'print("v2")\n' }, { name: 'app/.wh.old.py' }, { name: 'app/templates/index.html', content: '<p/>\n' }],
    ], undefined, '/app');
    const store = memoryStore();
    const snapshot = imageSnapshot(image, { store, include: ['opt/extra/**'] });
    const result = await analyzeImage(image, { catalogers, extra: snapshot });
    const stored = await snapshot.finish(result);
    const key = `${image.digest.replace(':', '-')}/code.tar.gz`;
    expect(stored).toEqual({ uri: `mem://${key}`, files: 3, sha256: `sha256:${createHash('sha256').update(store.objects.get(key)!).digest('hex')}` });
    const files = await untar(store.objects.get(key)!);
    expect([...files.keys()]).toEqual(['manifest.json', 'files/app/main.py', 'files/app/templates/index.html', 'files/opt/extra/conf.yaml']);
    expect(files.get('files/app/main.py')).toBe('print("v2")\n');
    const manifest = JSON.parse(files.get('manifest.json')!) as SnapshotManifest;
    expect(manifest.image).toEqual({ ref: 'test:image', digest: image.digest, workingDir: '/app' });
    expect(manifest.files[0]).toEqual({ path: 'app/main.py', size: 12, sha256: sha('print("v2")\n') });
  });

  it('takes WORKDIR inside /usr (node images) but still leaves node_modules out, and bounds the size', async () => {
    const image = await makeImage([[
      { name: 'usr/src/app/server.js', content: 'listen()\n' },
      { name: 'usr/src/app/node_modules/express/index.js', content: 'x\n' },
      { name: 'usr/src/app/big.bin', content: Buffer.alloc(4096) },
    ]], undefined, '/usr/src/app');
    const store = memoryStore();
    const snapshot = imageSnapshot(image, { store, limits: { maxFiles: 10, maxBytes: 1024 } });
    const result = await analyzeImage(image, { catalogers, extra: snapshot });
    expect((await snapshot.finish(result))?.files).toBe(1);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([['snapshot-limit', 'usr/src/app/big.bin']]);
  });
});
