import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../core/paths.js';
import { ScanResultSchema, type ScanResult } from '../core/model.js';
import { fixture } from '../testing/fixtures.js';

/** The built CLI as a user runs it: a child process, no TTY (the build runs before the tests, see `pretest`). */
function patchline(args: readonly string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'FORCE_COLOR' && k !== 'NO_COLOR'));
  const r = spawnSync(process.execPath, [fromPackageRoot('bin', 'patchline.js'), ...args], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// An empty working directory, so no patchline.yaml of the checkout sets a gate or ignores.
const dir = mkdtempSync(path.join(tmpdir(), 'patchline-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const codeql = fixture('reports', 'codeql', 'codeql-2.5.4.sarif');
const bandit = fixture('reports', 'bandit', 'many_vulns.json');

describe('patchline import', () => {
  it('prints the findings of a SARIF and a Bandit report as one JSON report', () => {
    const r = patchline(['import', codeql, bandit, '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const result = ScanResultSchema.parse(JSON.parse(r.stdout)) as ScanResult;
    expect(result.scanners).toEqual(['import:bandit', 'import:sarif']);
    expect(result.findings).toHaveLength(72 + 214);
    const sqli = result.findings.filter((f) => f.ruleId === 'codeql:py/sql-injection');
    expect(sqli.map((f) => f.location.kind === 'file' && `${f.location.path}:${f.location.startLine}`)).toEqual(['bad/libuser.py:12', 'bad/libuser.py:25']);
    expect(sqli[0]).toMatchObject({ severity: 'high', cwe: ['CWE-89'], scanner: 'import:sarif', tags: ['codeql:py/sql-injection'] });
    expect(sqli[0]!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('exits 1 when the gate fails, 0 below it, and writes --output', () => {
    expect(patchline(['import', codeql, '--fail-on', 'high', '--format', 'json'], dir).status).toBe(1);
    expect(patchline(['import', codeql, '--fail-on', 'critical', '--format', 'json'], dir).status).toBe(0);
    const out = path.join(dir, 'merged.sarif');
    const r = patchline(['import', codeql, '--format', 'sarif', '--output', out], dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/wrote sarif report to .*merged\.sarif \(72 findings from .*codeql-2\.5\.4\.sarif \(sarif\)\)/);
    expect(JSON.parse(readFileSync(out, 'utf8')).runs[0].results).toHaveLength(72);
  });

  it('applies ignores of the config and keeps going past files it cannot read', () => {
    writeFileSync(path.join(dir, 'patchline.yaml'), 'ignore:\n  - rule: B608\n    reason: queries are built from constants\n');
    const r = patchline(['import', bandit, path.join(dir, 'missing.json'), '--format', 'json', '--fail-on', 'medium', '--quiet'], dir);
    rmSync(path.join(dir, 'patchline.yaml'));
    expect(r.status).toBe(1);
    const result = JSON.parse(r.stdout) as ScanResult;
    expect(result.findings.filter((f) => f.ruleId === 'bandit:B608').every((f) => f.suppression?.status === 'active')).toBe(true);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'read-error', path: path.join(dir, 'missing.json') })]);
  });

  it('makes absolute paths under --root relative', () => {
    const report = fixture('reports', 'semgrep', 'json', 'high-medium-low-severities.json');
    const paths = (args: string[]) => (JSON.parse(patchline(['import', report, '--format', 'json', ...args], dir).stdout) as ScanResult).findings.map((f) => f.location.kind === 'file' && f.location.path);
    expect(paths(['--root', '/Users/user.example/git/company/full-codebase/company'])).toEqual(Array(3).fill('lead-magnet/src/templates/base.html.twig'));
    expect(paths([])).toEqual(Array(3).fill('/Users/user.example/git/company/full-codebase/company/lead-magnet/src/templates/base.html.twig'));
  });

  it('exits 2 when no file is a report it can read, or when none is given', () => {
    const other = fixture('reports', 'osv-scanner', 'some_findings.json');
    const r = patchline(['import', other], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a report patchline can read (SARIF 2.1.0, Semgrep JSON, Bandit JSON, SonarQube JSON, OWASP ZAP JSON or XML)');
    expect(r.stdout).toBe('');
    const none = patchline(['import'], dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("Run 'patchline help import'");
    const help = patchline(['import', '--help'], dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: patchline import FILE\.\.\./);
  });
});
