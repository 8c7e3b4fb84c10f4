import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogers } from '../catalogers/registry.js';
import { scaScanner } from '../scanners/sca/index.js';
import { openDockerSave } from '../testing/docker-save.js';
import { fixture } from '../testing/fixtures.js';
import { apkScheme } from '../versioning/apk/index.js';
import { importSources } from '../vulndb/importer.js';
import { runScan } from './pipeline.js';
import type { Finding, Package } from './model.js';

const SECDB = fixture('osv', 'Alpine-secdb', 'v3.10-main.yaml');
let dir: string;
let dbPath: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'image-scan-'));
  dbPath = path.join(dir, 'osv.db');
  await importSources([SECDB], dbPath);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function scan(image: Awaited<ReturnType<typeof openDockerSave>>) {
  return runScan({
    root: '',
    image: { opened: image },
    config: { db: { path: dbPath, maxAgeDays: 1e6 } },
    scanners: [scaScanner],
    catalogers,
    tool: { name: 'patchline', version: 'test' },
  });
}

/** `name@version CVE-…`: secdb advisories are ALPINE-CVE-… with the CVE upstream. */
const key = (f: Finding) => (f.location.kind === 'package' ? `${f.location.name}@${f.location.version} ${/CVE-\d{4}-\d+/.exec(f.ruleId)?.[0] ?? f.ruleId}` : '');

/** The oracle, straight from the secdb: every fix of a package's origin above the installed version. */
async function secdbExpectations(packages: readonly Package[]): Promise<string[]> {
  const doc = parse(await readFile(SECDB, 'utf8'), { schema: 'failsafe' }) as { packages: { pkg: { name: string; secfixes?: Record<string, string[] | null> } }[] };
  const out = new Set<string>();
  for (const p of packages) {
    const origin = p.source?.name ?? p.name;
    for (const { pkg } of doc.packages.filter((e) => e.pkg.name === origin)) {
      for (const [fixed, ids] of Object.entries(pkg.secfixes ?? {})) {
        if (fixed === '0' || apkScheme.compare(fixed, p.version) <= 0) continue;
        for (const id of ids ?? []) for (const cve of String(id).match(/CVE-\d{4}-\d+/g) ?? []) out.add(`${p.name}@${p.version} ${cve}`);
      }
    }
  }
  return [...out].sort();
}

describe('image scan of the real alpine:3.10 docker save with Alpine\'s 3.10 secdb', () => {
  it('reports exactly the secdb fixes above the installed versions: none, for this rebuild', async () => {
    // The tarball (diffID 531743b7…) is a later build than the image of Trivy's report (03901b4a…): its
    // busybox 1.30.1-r3, musl 1.1.22-r3 and openssl 1.1.1d-r2 already carry every fix this secdb lists.
    const image = await openDockerSave(fixture('images', 'alpine-310', 'alpine-310.tar.gz'));
    const result = await scan(image);
    expect(result.target).toEqual({ kind: 'image', ref: image.ref, digest: image.digest, layers: [{ diffId: image.layers[0]!.diffId, createdBy: image.layers[0]!.createdBy }] });
    expect(result.packages).toHaveLength(14);
    expect(await secdbExpectations(result.packages)).toEqual([]);
    expect(result.findings.map(key)).toEqual([]);
  });

  it('with the openssl Trivy saw, finds Trivy\'s CVE-2019-1549 pair and every other secdb fix, on its layer', async () => {
    const trivy = JSON.parse(await readFile(fixture('reports', 'trivy', 'trivy-integration', 'image-alpine-310.json'), 'utf8')) as { Results: { Vulnerabilities?: { PkgName: string; InstalledVersion: string; VulnerabilityID: string }[] }[] };
    const trivyFindings = trivy.Results.flatMap((r) => r.Vulnerabilities ?? []).map((v) => `${v.PkgName}@${v.InstalledVersion} ${v.VulnerabilityID}`).sort();
    const image = await openDockerSave(fixture('images', 'alpine-310', 'alpine-310.tar.gz'));
    const open = image.openLayer;
    image.openLayer = async (layer, signal) => rewriteDb(await open(layer, signal));
    const result = await scan(image);
    const found = [...new Set(result.findings.map(key))].sort();
    expect(found).toEqual(await secdbExpectations(result.packages));
    expect(found).toEqual([
      'libcrypto1.1@1.1.1c-r0 CVE-2019-1547', 'libcrypto1.1@1.1.1c-r0 CVE-2019-1549', 'libcrypto1.1@1.1.1c-r0 CVE-2019-1563',
      'libssl1.1@1.1.1c-r0 CVE-2019-1547', 'libssl1.1@1.1.1c-r0 CVE-2019-1549', 'libssl1.1@1.1.1c-r0 CVE-2019-1563',
    ]);
    // Trivy's other two (CVE-2019-1551, fixed in 1.1.1d-r2) come from its own test database: this secdb
    // snapshot predates that fix, so no secdb-based scan can report them.
    expect(trivyFindings.filter((f) => !found.includes(f))).toEqual(['libcrypto1.1@1.1.1c-r0 CVE-2019-1551', 'libssl1.1@1.1.1c-r0 CVE-2019-1551']);
    expect(await readFile(SECDB, 'utf8')).not.toContain('CVE-2019-1551');
    for (const f of result.findings) {
      expect(f.location).toMatchObject({ kind: 'package', ecosystem: 'Alpine:v3.10', path: 'lib/apk/db/installed', layer: { diffId: image.layers[0]!.diffId } });
      expect(f.message).toContain('source package openssl 1.1.1c-r0');
    }
  });
});

/** The layer with libssl1.1/libcrypto1.1 set back from 1.1.1d-r2 to 1.1.1c-r0 (same length, so the tar stays valid). */
async function rewriteDb(stream: NodeJS.ReadableStream): Promise<import('node:stream').Readable> {
  const { Readable } = await import('node:stream');
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('latin1').replace(/(P:lib(?:ssl|crypto)1\.1\nV:)1\.1\.1d-r2/g, '$11.1.1c-r0');
  return Readable.from([Buffer.from(text, 'latin1')]);
}
