import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogers } from '../catalogers/registry.js';
import { fromPackageRoot } from '../core/paths.js';
import type { CdxBom } from '../formatters/cyclonedx/cyclonedx-types.js';
import type { SpdxDocument } from '../formatters/spdx/spdx-types.js';
import { validateSpdxSchema } from '../formatters/testdata/sbom-sample.js';

/** The built CLI as a user runs it: a child process, no TTY (the build runs before the tests, see `pretest`). */
function patchline(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'FORCE_COLOR' && k !== 'NO_COLOR'));
  const r = spawnSync(process.execPath, [fromPackageRoot('bin', 'patchline.js'), ...args], { cwd: fromPackageRoot(), env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const demoApp = fromPackageRoot('examples', 'flask-app');
const dir = mkdtempSync(path.join(tmpdir(), 'patchline-sbom-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `name==version` lines of the demo's requirements.txt, as purls (PEP 503 names). */
function pinnedPurls(): string[] {
  const text = readFileSync(path.join(demoApp, 'requirements.txt'), 'utf8');
  return [...text.matchAll(/^([A-Za-z0-9._-]+)==([^\s#]+)/gm)].map((m) => `pkg:pypi/${m[1]!.toLowerCase().replace(/[-_.]+/g, '-')}@${m[2]}`);
}

const hasRequirements = catalogers.some((c) => c.meta.id === 'python/requirements' || c.meta.id === 'requirements');

describe('patchline sbom', () => {
  const cdx = patchline(['sbom', demoApp]);

  it('writes a valid CycloneDX 1.6 SBOM of a directory by default', async () => {
    expect(cdx.stderr).toBe('');
    expect(cdx.status).toBe(0);
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
    expect(await validator.validate(cdx.stdout)).toBeNull();
    const bom = JSON.parse(cdx.stdout) as CdxBom;
    expect(bom.metadata.component).toMatchObject({ type: 'application', name: demoApp });
  });

  it.skipIf(!hasRequirements)('lists the pinned PyPI packages of examples/flask-app with purls and lines', () => {
    const bom = JSON.parse(cdx.stdout) as CdxBom;
    const expected = pinnedPurls();
    expect(expected.length).toBeGreaterThanOrEqual(19);
    expect(bom.components.map((c) => c.purl)).toEqual(expect.arrayContaining(expected));
    const flask = bom.components.find((c) => c.purl === 'pkg:pypi/flask@0.12.2')!;
    expect(flask.properties).toEqual(expect.arrayContaining([{ name: 'patchline:location', value: 'requirements.txt:2' }]));
    expect(bom.dependencies[0]!.dependsOn).toEqual(expect.arrayContaining(expected));
  });

  it('writes SPDX 2.3 to a file, quietly, with the same packages', () => {
    const file = path.join(dir, 'demo.spdx.json');
    const run = patchline(['sbom', demoApp, '--format', 'spdx', '--output', file, '--quiet']);
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const doc = JSON.parse(readFileSync(file, 'utf8')) as SpdxDocument;
    expect(validateSpdxSchema(doc)).toEqual([]);
    const purls = doc.packages.flatMap((p) => p.externalRefs ?? []).map((r) => r.referenceLocator).sort();
    const bom = JSON.parse(cdx.stdout) as CdxBom;
    expect(purls).toEqual(bom.components.map((c) => c.purl).sort());
  });

  it('says where it wrote the SBOM unless --quiet', () => {
    const file = path.join(dir, 'demo.cdx.json');
    const run = patchline(['sbom', demoApp, '-o', file]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^patchline: wrote cyclonedx SBOM to .*demo\.cdx\.json \(\d+ packages\)$/m);
  });

  it('never writes a secret of the scanned tree', () => {
    const config = readFileSync(path.join(demoApp, 'config.py'), 'utf8');
    const raw = [...config.matchAll(/\b(AKIA[0-9A-Z]{16})\b/g)].map((m) => m[1]!);
    expect(raw.length).toBeGreaterThan(0);
    for (const secret of raw) expect(cdx.stdout).not.toContain(secret);
  });

  it('exits 2 with a clear message on usage errors', () => {
    const file = path.join(dir, 'a-file.txt');
    writeFileSync(file, 'x');
    const cases: [string[], RegExp][] = [
      [['sbom', demoApp, '--format', 'table'], /--format 'table' is not one of cyclonedx, spdx/],
      [['sbom', demoApp, '--bogus'], /Unknown option '--bogus'.*patchline help sbom/],
      [['sbom', demoApp, demoApp], /sbom takes one PATH, got 2/],
      [['sbom', path.join(dir, 'missing')], /does not exist or cannot be read/],
      [['sbom', file], /is a file; patchline sbom takes a directory/],
    ];
    for (const [args, message] of cases) {
      const run = patchline(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    }
  });

  it('has a help topic', () => {
    const run = patchline(['sbom', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: patchline sbom \[PATH\]/);
    expect(patchline(['help']).stdout).toMatch(/^ {2}sbom \[PATH\]/m);
  });
});
