import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogers } from '../../../catalogers/registry.js';
import { openDockerSave } from '../../../testing/docker-save.js';
import { fixture } from '../../../testing/fixtures.js';
import { analyzeImage } from './analyze-image.js';
import { LayerCache } from './layer-cache.js';
import { makeImage } from './testdata/make-image.js';

const ALPINE_OS = 'ID=alpine\nVERSION_ID=3.10.2\n';
const apkDb = (...pkgs: [string, string][]) => pkgs.map(([n, v]) => `P:${n}\nV:${v}\nA:x86_64\no:${n}\n`).join('\n');
const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

describe('analyzeImage', () => {
  it('finds the packages Trivy finds in the real alpine:3.10 image, in Alpine:v3.10, with their layer', async () => {
    const image = await openDockerSave(fixture('images', 'alpine-310', 'alpine-310.tar.gz'));
    const result = await analyzeImage(image, { catalogers });
    const expected = JSON.parse(await readFile(fixture('images', 'alpine-310', 'expected-packages.json'), 'utf8')) as { Name: string; Version: string; SrcName: string; SrcVersion: string }[];
    expect(result.os).toMatchObject({ id: 'alpine', ecosystem: 'Alpine:v3.10' });
    // The golden is Trivy's for its registry build of alpine:3.10 (diffID 03901b4a…); the tarball is a
    // later rebuild (diffID 531743b7…) whose busybox and openssl are one patch release ahead.
    const rebuilt: Record<string, string> = { busybox: '1.30.1-r3', ssl_client: '1.30.1-r3', libcrypto1: '1.1.1d-r2', libssl1: '1.1.1d-r2' };
    expect(result.packages.map((p) => [p.name, p.version, p.source?.name])).toEqual(
      expected.map((e) => [e.Name, rebuilt[e.Name.replace(/\.1$/, '')] ?? e.Version, e.SrcName]).sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    expect(image.layers[0]!.diffId).toBe('sha256:531743b7098cb2aaf615641007a129173f63ed86ca32fe7b5a246a1c47286028');
    expect(new Set(result.packages.map((p) => p.ecosystem))).toEqual(new Set(['Alpine:v3.10']));
    expect(result.packages[0]!.layer).toEqual({ diffId: image.layers[0]!.diffId, createdBy: image.layers[0]!.createdBy });
    expect(result.packages.find((p) => p.name === 'musl')!.purl).toBe('pkg:apk/alpine/musl@1.1.22-r3?arch=x86_64&distro=alpine-3.10.4');
    expect(result.issues).toEqual([]);
  });

  it('names the layer that installed each version, and drops what upper layers deleted', async () => {
    const image = await makeImage([
      [{ name: 'etc/os-release', content: ALPINE_OS }, { name: 'lib/apk/db/installed', content: apkDb(['musl', '1.1.22-r3'], ['zlib', '1.2.11-r1']) }],
      [{ name: 'lib/apk/db/installed', content: apkDb(['musl', '1.1.22-r3'], ['zlib', '1.2.11-r1'], ['curl', '7.66.0-r0']) }, { name: 'app/requirements.txt', content: 'flask==2.0.0\n' }],
      [{ name: 'lib/apk/db/installed', content: apkDb(['musl', '1.1.22-r3'], ['curl', '7.66.0-r4']) }, { name: 'app/.wh.requirements.txt' }],
    ]);
    const result = await analyzeImage(image, { catalogers });
    const byName = Object.fromEntries(result.packages.map((p) => [p.name, `${p.version} ${p.layer?.createdBy}`]));
    expect(byName).toEqual({ curl: '7.66.0-r4 step 3', musl: '1.1.22-r3 step 1' });
  });

  it('reads a distroless-style dpkg status.d in the Debian release of an os-release reached through its symlink', async () => {
    const statusD = readFileSync(fixture('pkgdb', 'debian', 'syft', 'image-distroless-deb', 'var', 'lib', 'dpkg', 'status.d', 'libsqlite3-0'), 'utf8');
    const image = await makeImage([
      [{ name: 'usr/lib/os-release', content: 'PRETTY_NAME="Distroless"\nID=debian\nVERSION_ID="11"\n' }, { name: 'etc/os-release', type: 'symlink', linkname: '../usr/lib/os-release' }],
      [{ name: 'var/lib/dpkg/status.d/libsqlite3-0', content: statusD }, { name: 'var/lib/dpkg/status.d/libsqlite3-0.md5sums', content: 'x' }],
    ]);
    const result = await analyzeImage(image, { catalogers });
    expect(result.os).toMatchObject({ prettyName: 'Distroless', ecosystem: 'Debian:11' });
    expect(result.packages.map((p) => [p.ecosystem, p.name, p.version, p.source?.name, p.layer?.createdBy])).toEqual([['Debian:11', 'libsqlite3-0', '3.34.1-3', 'sqlite3', 'step 2']]);
    expect(result.packages[0]!.purl).toBe('pkg:deb/debian/libsqlite3-0@3.34.1-3?arch=arm64&distro=debian-11');
  });

  it('finds language packages installed in the image: site-packages metadata, node_modules, lockfiles', async () => {
    const image = await makeImage([[
      { name: 'usr/lib/python3.11/site-packages/Flask-2.0.1.dist-info/METADATA', content: 'Metadata-Version: 2.1\nName: Flask\nVersion: 2.0.1\n' },
      { name: 'app/node_modules/lodash/package.json', content: '{"name":"lodash","version":"4.17.15"}' },
      { name: 'app/requirements.txt', content: 'jinja2==2.11.2\n' },
    ]]);
    const result = await analyzeImage(image, { catalogers });
    expect(result.packages.map((p) => `${p.ecosystem}/${p.name}@${p.version} ${p.layer?.createdBy}`)).toEqual(['npm/lodash@4.17.15 step 1', 'PyPI/flask@2.0.1 step 1', 'PyPI/jinja2@2.11.2 step 1']);
  });

  it('reads a layer once: the second scan takes its results from the cache', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'layers-'));
    dirs.push(dir);
    const opened = { count: 0 };
    const image = await makeImage([[{ name: 'etc/os-release', content: ALPINE_OS }, { name: 'lib/apk/db/installed', content: apkDb(['musl', '1.1.22-r3']) }]], opened);
    const first = await analyzeImage(image, { catalogers, cache: new LayerCache(dir) });
    const second = await analyzeImage(image, { catalogers, cache: new LayerCache(dir) });
    expect(opened.count).toBe(1);
    expect(second.packages).toEqual(first.packages);
    expect(second.os).toEqual(first.os);
  });

  it('keeps the other layers when one cannot be opened', async () => {
    const image = await makeImage([[{ name: 'etc/os-release', content: ALPINE_OS }], [{ name: 'lib/apk/db/installed', content: apkDb(['musl', '1.1.22-r3']) }]]);
    const open = image.openLayer;
    image.openLayer = async (layer, signal) => (layer === image.layers[0] ? Promise.reject(new Error('blob sha256:… digest mismatch')) : open(layer, signal));
    const result = await analyzeImage(image, { catalogers });
    expect(result.issues.map((i) => i.code)).toEqual(['layer-unreadable', 'unknown-os']);
    expect(result.packages.map((p) => [p.name, p.ecosystem])).toEqual([['musl', 'Alpine']]);
  });
});
