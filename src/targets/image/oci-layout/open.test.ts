import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, symlink, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PatchlineError } from '../../../core/errors.js';
import { buildTestImage, hasImageTools, skopeoCopy, type TestImage } from '../../../testing/test-image.js';
import { openImage } from '../open-image.js';
import { readLayerEntries } from '../testdata/read-layer.js';
import type { OpenedImage } from '../types.js';

const tools = await hasImageTools();
let dir: string;
let built: TestImage;

beforeAll(async () => {
  if (!tools) return;
  dir = await mkdtemp(path.join(tmpdir(), 'patchline-oci-'));
  built = await buildTestImage(path.join(dir, 'img'));
  await promisify(execFile)('tar', ['-C', built.layout, '-cf', path.join(dir, 'image.oci.tar'), '.']);
  await skopeoCopy(`oci:${built.layout}:test`, `docker-archive:${path.join(dir, 'image.docker.tar')}:test/app:1`);
}, 120_000);
afterAll(() => dir && rm(dir, { recursive: true, force: true }));

async function expectTestImage(image: OpenedImage): Promise<void> {
  expect(image.config).toMatchObject({ os: 'linux', workingDir: '/app', cmd: ['python3', 'app.py'] });
  expect(image.layers).toHaveLength(2);
  for (const [i, layer] of image.layers.entries()) {
    const files = await readLayerEntries(image, layer);
    expect(files.filter((f) => !f.endsWith('/')).sort()).toEqual(built.layerFiles[i]);
  }
}

describe.skipIf(!tools)('oci layouts built by umoci', () => {
  it('opens oci:DIR:tag and oci:DIR (one image), reading every layer verified', async () => {
    const image = await openImage(`oci:${built.layout}:test`);
    const index = JSON.parse(await readFile(path.join(built.layout, 'index.json'), 'utf8'));
    expect(image.digest).toBe(index.manifests[0].digest);
    expect(image.layers.every((l) => l.mediaType === 'application/vnd.oci.image.layer.v1.tar+gzip')).toBe(true);
    await expectTestImage(image);
    await image.close();
    const untagged = await openImage(`oci:${built.layout}`);
    expect(untagged.digest).toBe(image.digest);
    await untagged.close();
  });

  it('opens the same image as oci-archive and as skopeo\'s docker-archive', async () => {
    const oci = await openImage(`oci:${built.layout}:test`);
    const fromArchive = await openImage(`oci-archive:${path.join(dir, 'image.oci.tar')}:test`);
    expect(fromArchive.digest).toBe(oci.digest);
    await expectTestImage(fromArchive);
    const docker = await openImage(`docker-archive:${path.join(dir, 'image.docker.tar')}`);
    expect(docker.layers.map((l) => l.diffId)).toEqual(oci.layers.map((l) => l.diffId));
    await expectTestImage(docker);
    await Promise.all([oci.close(), fromArchive.close(), docker.close()]);
  });

  it('names the tags when the asked one is missing', async () => {
    const err = await openImage(`oci:${built.layout}:nope`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PatchlineError);
    expect((err as Error).message).toMatch(/has no image tagged "nope"; it holds test/);
  });

  it('refuses a blob that was altered and a blob linked out of the layout', async () => {
    const copy = path.join(dir, 'tampered');
    await promisify(execFile)('cp', ['-r', built.layout, copy]);
    const image = await openImage(`oci:${copy}:test`);
    const blob = path.join(copy, 'blobs', 'sha256', image.layers[1]!.digest.slice(7));
    const bytes = await readFile(blob);
    bytes[bytes.length - 5]! ^= 0xff;
    await writeFile(blob, bytes);
    const drain = async (): Promise<void> => {
      for await (const _chunk of await image.openLayer(image.layers[1]!));
    };
    await expect(drain()).rejects.toThrow(/has digest sha256:\w+, not sha256:/);
    await unlink(blob);
    await symlink('/etc/passwd', blob);
    await expect(image.openLayer(image.layers[1]!)).rejects.toThrow(/outside the layout/);
    await image.close();
  });
});
