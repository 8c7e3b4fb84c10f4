import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../core/paths.js';
import type { ScanResult } from '../core/model.js';
import type { CdxBom } from '../formatters/cyclonedx/cyclonedx-types.js';
import type { SpdxDocument } from '../formatters/spdx/spdx-types.js';
import { validateSpdxSchema } from '../formatters/testdata/sbom-sample.js';
import { fixture } from '../testing/fixtures.js';
import { importSources } from '../vulndb/importer.js';

const dir = mkdtempSync(path.join(tmpdir(), 'patchline-image-'));
const db = path.join(dir, 'osv.db');
const IMAGE = `docker-archive:${fixture('images', 'alpine-310', 'alpine-310.tar.gz')}`;
const DIFF_ID = 'sha256:531743b7098cb2aaf615641007a129173f63ed86ca32fe7b5a246a1c47286028';

/** The built CLI as a user runs it (the build runs before the tests, see `pretest`), with its own layer cache. */
function patchline(args: readonly string[], cwd = dir) {
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'FORCE_COLOR' && k !== 'NO_COLOR')), XDG_CACHE_HOME: dir };
  const r = spawnSync(process.execPath, [fromPackageRoot('bin', 'patchline.js'), ...args], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  await importSources([fixture('osv', 'Alpine-secdb', 'v3.10-main.yaml')], db);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('patchline image / scan --image', () => {
  it('scans a docker save: packages in Alpine:v3.10 with their layer, target with digest and layers, exit 0', () => {
    const r = patchline(['image', IMAGE, '--db', db, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as ScanResult;
    expect(result.target).toMatchObject({ kind: 'image', ref: IMAGE, digest: 'sha256:af341ccd2df8b0e2d67cf8dd32e087bfda4e5756ebd1c76bbf3efa0dc246590e', layers: [{ diffId: DIFF_ID }] });
    expect(result.packages).toHaveLength(14);
    expect(result.packages.every((p) => p.ecosystem === 'Alpine:v3.10' && p.layer?.diffId === DIFF_ID)).toBe(true);
    // a second run reads the layer's packages from the cache and says the same
    const again = JSON.parse(patchline(['scan', '--image', IMAGE, '--db', db, '--format', 'json']).stdout) as ScanResult;
    expect(again.packages).toEqual(result.packages);
  });

  it('stores the code snapshot where patchline.yaml says, with the globs it includes', () => {
    const cwd = mkdtempSync(path.join(dir, 'cfg-'));
    writeFileSync(path.join(cwd, 'patchline.yaml'), 'snapshot:\n  dir: ./snaps\n  include: ["etc/alpine-release", "etc/apk/**"]\n');
    const r = patchline(['image', IMAGE, '--db', db, '--format', 'json', '--quiet'], cwd);
    expect(r.status).toBe(0);
    const { snapshot } = JSON.parse(r.stdout) as ScanResult;
    expect(snapshot?.uri).toMatch(new RegExp(`^file://${cwd}/snaps/.*\\.tar\\.gz$`));
    expect(snapshot?.files).toBe(7);
    const bytes = readFileSync(fileURLToPath(snapshot!.uri));
    expect(snapshot?.sha256).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    expect(patchline(['image', IMAGE, '--db', db, '--format', 'json', '--no-snapshot'], cwd).stdout).not.toContain('"snapshot"');
  });

  it('refuses a path and --image together, and image flags without --image', () => {
    expect(patchline(['scan', '.', '--image', IMAGE]).status).toBe(2);
    const r = patchline(['scan', '.', '--platform', 'linux/amd64']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--platform and --insecure-registry go with --image/);
    expect(patchline(['image', 'docker-archive:/nonexistent.tar']).status).toBe(2);
  });
});

describe('patchline sbom --image', () => {
  it('writes a valid CycloneDX 1.6 BOM: a container with its digest and layers, apk purls, the installing layer', async () => {
    const r = patchline(['sbom', '--image', IMAGE]);
    expect(r.status).toBe(0);
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(r.stdout)).toBeNull();
    const bom = JSON.parse(r.stdout) as CdxBom;
    const root = bom.metadata.component!;
    expect(root.type).toBe('container');
    expect(root.properties).toContainEqual({ name: 'patchline:target:layer:0:diffId', value: DIFF_ID });
    const musl = bom.components!.find((c) => c.name === 'musl')!;
    expect(musl.purl).toBe('pkg:apk/alpine/musl@1.1.22-r3?arch=x86_64&distro=alpine-3.10.4');
    expect(musl.properties).toContainEqual({ name: 'patchline:layer:diffId', value: DIFF_ID });
  });

  it('writes a valid SPDX 2.3 document naming the layers', () => {
    const r = patchline(['sbom', '--image', IMAGE, '--format', 'spdx']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as SpdxDocument;
    expect(validateSpdxSchema(doc)).toEqual([]);
    const root = doc.packages.find((p) => p.primaryPackagePurpose === 'CONTAINER')!;
    expect(root.checksums).toEqual([{ algorithm: 'SHA256', checksumValue: 'af341ccd2df8b0e2d67cf8dd32e087bfda4e5756ebd1c76bbf3efa0dc246590e' }]);
    expect(root.comment).toContain(DIFF_ID);
    expect(doc.packages.filter((p) => p.externalRefs?.[0]?.referenceLocator.startsWith('pkg:apk/alpine/'))).toHaveLength(14);
  });
});
