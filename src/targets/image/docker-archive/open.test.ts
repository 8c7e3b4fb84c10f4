import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PatchlineError } from '../../../core/errors.js';
import { fixture } from '../../../testing/fixtures.js';
import { openImage } from '../open-image.js';
import { dockerArchiveEntries, sha256, tarBytes, writeTar } from '../testdata/tar-file.js';
import type { OpenedImage } from '../types.js';

const alpineGz = fixture('images', 'alpine-310', 'alpine-310.tar.gz');
const ALPINE_DIFF_ID = 'sha256:531743b7098cb2aaf615641007a129173f63ed86ca32fe7b5a246a1c47286028';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'patchline-docker-archive-'));
  await writeFile(path.join(dir, 'alpine.tar'), gunzipSync(await readFile(alpineGz)));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function readLayer(image: OpenedImage, index = 0): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await image.openLayer(image.layers[index]!)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function openError(ref: string): Promise<PatchlineError> {
  try {
    const image = await openImage(ref);
    try {
      await readLayer(image);
    } finally {
      await image.close();
    }
  } catch (err) {
    expect(err).toBeInstanceOf(PatchlineError);
    return err as PatchlineError;
  }
  throw new Error(`${ref} opened and read without an error`);
}

describe('docker-archive', () => {
  for (const [label, file] of [['gzipped', alpineGz], ['plain', 'alpine.tar']] as const) {
    it(`opens the real alpine:3.10 docker save (${label}) and streams its verified layer`, async () => {
      const image = await openImage(`docker-archive:${file.includes('/') ? file : path.join(dir, file)}`);
      try {
        expect(image.digest).toBe('sha256:af341ccd2df8b0e2d67cf8dd32e087bfda4e5756ebd1c76bbf3efa0dc246590e');
        expect(image.config).toMatchObject({ os: 'linux', architecture: 'amd64', cmd: ['/bin/sh'] });
        expect(image.layers).toEqual([
          {
            digest: ALPINE_DIFF_ID,
            diffId: ALPINE_DIFF_ID,
            mediaType: 'application/vnd.docker.image.rootfs.diff.tar',
            size: 5818880,
            createdBy: '/bin/sh -c #(nop) ADD file:d48cac34fac385cbc1de6adfdd88300f76f9bbe346cd17e64fd834d042a98326 in / ',
          },
        ]);
        const layer = await readLayer(image);
        expect(sha256(layer)).toBe(ALPINE_DIFF_ID);
      } finally {
        await image.close();
      }
    });
  }

  it('selects an image by tag or index and lists them when the choice is ambiguous', async () => {
    const a = await tarBytes([{ name: 'etc/a', data: 'a' }]);
    const b = await tarBytes([{ name: 'etc/b', data: 'b' }]);
    const ea = await dockerArchiveEntries([a], { tags: ['x/a:1'] });
    const eb = await dockerArchiveEntries([b], { tags: ['x/b:2'] });
    const manifest = JSON.stringify([...JSON.parse(String(ea.at(-1)!.data)), ...JSON.parse(String(eb.at(-1)!.data))]);
    const file = await writeTar(path.join(dir, 'two.tar'), [...ea.slice(0, -1), ...eb.slice(0, -1), { name: 'manifest.json', data: manifest }]);
    expect((await openError(`docker-archive:${file}`)).message).toMatch(/holds 2 images \(@0 x\/a:1; @1 x\/b:2\)/);
    const byTag = await openImage(`docker-archive:${file}:x/b:2`);
    expect(byTag.layers[0]!.diffId).toBe(sha256(b));
    await byTag.close();
    const byIndex = await openImage(`docker-archive:${file}@0`);
    expect(byIndex.layers[0]!.diffId).toBe(sha256(a));
    await byIndex.close();
    expect((await openError(`docker-archive:${file}:x/c:3`)).message).toMatch(/has no image "x\/c:3"/);
  });

  it('refuses a layer whose bytes do not match its diffID', async () => {
    const layer = await tarBytes([{ name: 'app/app.py', data: 'print(1)' }]);
    const entries = await dockerArchiveEntries([layer]);
    entries[0]!.data = await tarBytes([{ name: 'app/app.py', data: 'print(2)' }]);
    for (const gz of [false, true]) {
      const file = await writeTar(path.join(dir, `tampered${gz}.tar`), entries, gz);
      expect((await openError(`docker-archive:${file}`)).message).toMatch(/has digest sha256:[0-9a-f]{64}, not sha256:/);
    }
  });

  it('refuses members named with ".." or an absolute path', async () => {
    const layer = await tarBytes([{ name: 'etc/x', data: 'x' }]);
    for (const bad of ['../evil', 'a/../../evil']) {
      const file = await writeTar(path.join(dir, 'dotdot.tar'), [{ name: bad, data: 'x' }, ...(await dockerArchiveEntries([layer]))]);
      expect((await openError(`docker-archive:${file}`)).message).toMatch(/points outside the archive/);
    }
    const entries = await dockerArchiveEntries([layer]);
    const manifest = JSON.parse(String(entries.at(-1)!.data));
    manifest[0].Layers = ['../../etc/passwd'];
    entries[entries.length - 1] = { name: 'manifest.json', data: JSON.stringify(manifest) };
    const file = await writeTar(path.join(dir, 'ref-dotdot.tar'), entries);
    expect((await openError(`docker-archive:${file}`)).message).toMatch(/points outside the archive/);
  });

  it('says an archive is truncated, gzipped or not', async () => {
    const full = gunzipSync(await readFile(alpineGz));
    await writeFile(path.join(dir, 'cut.tar'), full.subarray(0, 3_000_000));
    expect((await openError(`docker-archive:${path.join(dir, 'cut.tar')}`)).message).toMatch(/truncated/);
    const gz = await readFile(alpineGz);
    await writeFile(path.join(dir, 'cut.tar.gz'), gz.subarray(0, gz.length - 1000));
    expect((await openError(`docker-archive:${path.join(dir, 'cut.tar.gz')}`)).message).toMatch(/truncated/);
  });

  it('explains what is missing: no archive, no manifest.json, not JSON', async () => {
    expect((await openError(`docker-archive:${path.join(dir, 'nope.tar')}`)).message).toMatch(/no such file/);
    const noManifest = await writeTar(path.join(dir, 'nomanifest.tar'), [{ name: 'x', data: 'y' }]);
    expect((await openError(`docker-archive:${noManifest}`)).message).toMatch(/no member "manifest.json"/);
    const notJson = await writeTar(path.join(dir, 'notjson.tar'), [{ name: 'manifest.json', data: '{' }]);
    expect((await openError(`docker-archive:${notJson}`)).message).toMatch(/not valid JSON/);
  });
});
