import { mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { objectStoreConformance } from '../conformance.js';
import { fsStore } from './index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'patchline-fs-store-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('fs object store', () => {
  objectStoreConformance({
    store: () => fsStore.open({ dir: path.join(dir, 'root') }),
    read: (uri) => readFile(fileURLToPath(uri)),
    uriPattern: /^file:\/\/\/.+\/root\/.+/,
  });

  it('leaves no partial file behind when the body fails', async () => {
    const failing = new Readable({ read() { this.destroy(new Error('source broke')); } });
    await expect(fsStore.open({ dir: path.join(dir, 'root') }).put('partial/x.bin', failing, 'x')).rejects.toThrow(/cannot write .*partial\/x\.bin/);
    expect(await readdir(path.join(dir, 'root', 'partial'))).toEqual([]);
  });

  it('refuses to write through a symlink that leads out of the directory', async () => {
    const root = path.join(dir, 'linked');
    await mkdir(root, { recursive: true });
    await mkdir(path.join(dir, 'outside'), { recursive: true });
    await symlink(path.join(dir, 'outside'), path.join(root, 'evil'));
    await expect(fsStore.open({ dir: root }).put('evil/x.txt', Readable.from([Buffer.from('x')]), 'text/plain')).rejects.toThrow(/leads out of the snapshot directory/);
    expect(await readdir(path.join(dir, 'outside'))).toEqual([]);
  });
});
