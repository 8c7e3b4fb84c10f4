import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApp, patchline } from './helpers.js';
import { OSV_FIXTURES } from '../src/vulndb/match/testdata/memory-db.js';

let tmp: string;
let app: string;
let db: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'patchline-fix-cli-'));
  app = path.join(tmp, 'app');
  cpSync(demoApp, app, { recursive: true });
  db = path.join(tmp, 'vulndb.sqlite');
  const imported = patchline(['db', 'import', path.join(OSV_FIXTURES, 'PyPI'), '--db', db, '--quiet'], { env: { XDG_CACHE_HOME: tmp } });
  expect(imported.status, imported.stderr).toBe(0);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('patchline fix --dry-run', () => {
  it('prints the plan and a unified diff, and changes nothing', () => {
    const before = readFileSync(path.join(app, 'requirements.txt'), 'utf8');
    const run = patchline(['fix', app, '--dry-run', '--only', 'sca', '--db', db, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Upgrade urllib3 from 1.23 to 1.26.18 (requirements-txt');
    expect(run.stdout).toMatch(/^--- a\/requirements\.txt$/m);
    expect(run.stdout).toMatch(/^-urllib3==1\.23$/m);
    expect(run.stdout).toMatch(/^\+urllib3==1\.26\.18$/m);
    expect(run.stdout).toMatch(/werkzeug 0\.14\.1 \(requirements\.txt:3\) \(with [-A-Z0-9, ]+\): the lowest safe version of werkzeug, 3\.0\.1, is a new major version/);
    expect(readFileSync(path.join(app, 'requirements.txt'), 'utf8')).toBe(before);
  });

  it('never prints a secret, not even on the lines around a change', () => {
    const run = patchline(['fix', app, '--dry-run', '--db', db, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^-ENV AWS_SECRET_ACCESS_KEY=\*\*\*\*$/m);
    for (const secret of ['icoUWqZHr7E1NHhKkHY91qcBpbIcZe832bPUvuR', 'N0tes-Pr0d-2019', 'AKIAP3WRMGYJDHTXHTWS', '99VFOqBAV7OyMfgXlrU0NUld', 'notes-secret-key']) {
      expect(run.stdout).not.toContain(secret);
    }
  });

  it('crosses major versions when patchline.yaml allows it', () => {
    const config = path.join(tmp, 'allow-major.yaml');
    writeFileSync(config, 'fix: { allowMajor: true }\n');
    const run = patchline(['fix', app, '--dry-run', '--only', 'sca', '--db', db, '--config', config, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\+Werkzeug==3\.0\.1$/m);
    expect(run.stdout).toMatch(/^\+Flask==2\.2\.5$/m);
  });

  it('plans from a saved result with --from', () => {
    const saved = path.join(tmp, 'scan.json');
    const scan = patchline(['scan', app, '--format', 'json', '--output', saved, '--db', db, '--quiet']);
    expect(scan.status, scan.stderr).toBe(0);
    const run = patchline(['fix', app, '--dry-run', '--from', saved, '--only', 'CVE-2023-32681']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('1 change(s) fix 1 finding(s)');
    expect(run.stdout).toMatch(/^\+requests==2\.31\.0$/m);
  });

  it('refuses what it cannot do with a message that says what to do', () => {
    const noDryRun = patchline(['fix', app]);
    expect(noDryRun.status).toBe(2);
    expect(noDryRun.stderr).toContain("is not inside a git repository: patchline fix delivers a git branch. Run 'git init' and commit first, or use --dry-run to see the diff");
    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, '{"findings": 3}');
    const wrong = patchline(['fix', app, '--dry-run', '--from', bad]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("is not a patchline JSON result");
    expect(patchline(['fix', app, '--dry-run', '--from', path.join(tmp, 'missing.json')]).stderr).toContain('cannot read');
  });
});
