import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../src/core/model.js';
import { demoApp, expectedFindings, patchline, repoRoot } from './helpers.js';

function scanJson(args: string[] = []): { status: number | null; result: ScanResult; stderr: string } {
  const run = patchline(['scan', demoApp, '--format', 'json', ...args]);
  return { status: run.status, result: JSON.parse(run.stdout) as ScanResult, stderr: run.stderr };
}

/** A finding two scanners reported is kept once and names both in `sources`. */
function reportedBy(f: Finding, scanner: string): boolean {
  return (f.sources ?? [f.scanner]).includes(scanner);
}

function at(f: Finding): string {
  return f.location.kind === 'file' ? `${f.location.path}:${f.location.startLine}` : '';
}

describe('patchline scan on the demo app', () => {
  const { status, result } = scanJson();

  it('finds every planted secret and Dockerfile/deployment problem listed in VULNERABILITIES.md', () => {
    expect(status).toBe(0);
    const rows = expectedFindings().filter((r) => r.scanner === 'secrets' || r.scanner === 'dockerfile');
    expect(rows.filter((r) => r.scanner === 'secrets').length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r.scanner === 'dockerfile').length).toBeGreaterThanOrEqual(15);
    const missed = rows.filter((row) => !result.findings.some((f) =>
      reportedBy(f, row.scanner) && f.location.kind === 'file' && f.location.path === row.file &&
      (row.line === undefined || f.location.startLine === row.line)));
    expect(missed.map((r) => `${r.id} ${r.file}:${r.line ?? '-'} ${r.class} (${r.scanner})`)).toEqual([]);
  });

  it('tags each expected finding with the CWE listed for it', () => {
    const rows = expectedFindings().filter((r) => (r.scanner === 'secrets' || r.scanner === 'dockerfile') && r.line !== undefined);
    const wrong = rows.filter((row) => !result.findings.some((f) =>
      reportedBy(f, row.scanner) && at(f) === `${row.file}:${row.line}` && f.cwe.includes(row.cwe)));
    expect(wrong.map((r) => `${r.id} ${r.file}:${r.line} wants ${r.cwe}`)).toEqual([]);
  });

  it('never prints a raw secret, in any format', () => {
    const config = readFileSync(path.join(demoApp, 'config.py'), 'utf8');
    const raw = [...config.matchAll(/\b(AKIA[0-9A-Z]{16})\b|["']([A-Za-z0-9/+]{40})["']/g)].map((m) => m[1] ?? m[2]!);
    expect(raw.length).toBeGreaterThanOrEqual(2);
    for (const format of ['table', 'json', 'sarif', 'markdown']) {
      const out = patchline(['scan', demoApp, '--format', format]).stdout;
      for (const secret of raw) expect(out, `${format} leaks ${secret.slice(0, 4)}…`).not.toContain(secret);
    }
  });
});

describe('the gate and exit codes', () => {
  it('exits 1 when a finding is at or above --fail-on, 0 otherwise', () => {
    expect(patchline(['scan', demoApp, '--fail-on', 'high', '-q']).status).toBe(1);
    const clean = mkdtempSync(path.join(tmpdir(), 'patchline-clean-'));
    writeFileSync(path.join(clean, 'app.py'), 'print("hello")\n');
    expect(patchline(['scan', clean, '--fail-on', 'low']).status).toBe(0);
  });

  it('takes the gate from patchline.yaml, lets ignores silence it, and brings expired ones back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'patchline-gate-'));
    cpSync(demoApp, dir, { recursive: true });
    writeFileSync(path.join(dir, 'patchline.yaml'), 'gate: { failOn: low }\n');
    expect(patchline(['scan', dir, '-q']).status).toBe(1);
    expect(patchline(['scan', dir, '-q', '--fail-on', 'none']).status).toBe(0);

    writeFileSync(path.join(dir, 'patchline.yaml'), 'gate: { failOn: low }\nignore:\n  - path: "**"\n    reason: accepted for the demo\n');
    const silenced = patchline(['scan', dir]);
    expect(silenced.status).toBe(0);
    expect(silenced.stdout).toMatch(/suppressed/);

    writeFileSync(path.join(dir, 'patchline.yaml'), 'gate: { failOn: low }\nignore:\n  - path: "**"\n    reason: accepted until the audit\n    expires: 2020-01-01\n');
    const expired = patchline(['scan', dir, '--format', 'json']);
    expect(expired.status).toBe(1);
    const findings = (JSON.parse(expired.stdout) as ScanResult).findings;
    expect(findings.every((f) => f.suppression?.status === 'expired' && f.suppression.expires === '2020-01-01')).toBe(true);
    expect(patchline(['scan', dir]).stdout).toMatch(/expired/i);
  });

  it('exits 2 with a clear message on usage and config errors', () => {
    const cases: [string[], RegExp][] = [
      [['scan', '--bogus'], /Unknown option '--bogus'.*patchline help scan/],
      [['scan', demoApp, '--fail-on', 'severe'], /--fail-on 'severe' is not one of critical, high, medium, low, info, none/],
      [['scan', demoApp, '--format', 'xml'], /--format 'xml' is not one of/],
      [['scan', '/no/such/dir'], /'\/no\/such\/dir' does not exist/],
      [['scan', demoApp, '--scanners', 'secrets,nope'], /unknown scanner 'nope'; available: dast, dockerfile, sast, sca, secrets/],
      [['frobnicate'], /unknown command 'frobnicate'/],
    ];
    for (const [args, message] of cases) {
      const run = patchline(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'patchline-badcfg-'));
    writeFileSync(path.join(dir, 'patchline.yaml'), 'gate:\n  failOn: severe\nignore:\n  - rule: X\n');
    const bad = patchline(['scan', dir]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('gate.failOn: "severe" is not allowed');
    expect(bad.stderr).toContain('ignore[0].reason: required');
  });
});

describe('output conventions', () => {
  it('writes --output files and runs only the chosen scanners', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'patchline-out-'));
    const out = path.join(dir, 'report.json');
    const run = patchline(['scan', demoApp, '--format', 'json', '--output', out, '--scanners', 'secrets']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/wrote json report to/);
    const result = JSON.parse(readFileSync(out, 'utf8')) as ScanResult;
    expect(result.scanners).toEqual(['secrets']);
    expect(new Set(result.findings.map((f) => f.scanner))).toEqual(new Set(['secrets']));
    expect(patchline(['scan', demoApp, '-o', out, '-q']).stderr).toBe('');
  });

  it('colours the table only when allowed, and never with NO_COLOR', () => {
    expect(patchline(['scan', demoApp]).stdout).not.toContain('\x1b[');
    expect(patchline(['scan', demoApp], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(patchline(['scan', demoApp], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });

  it('prints a readable table grouped by severity with a one-line summary', () => {
    const out = patchline(['scan', demoApp]).stdout.trimEnd().split('\n');
    expect(out.join('\n')).toMatch(/HIGH/);
    expect(out.at(-1)).toMatch(/^\d+ findings? \(/);
  });

  it('answers --version, help and rules', () => {
    expect(patchline(['--version']).stdout).toMatch(/^patchline \d+\.\d+\.\d+\n$/);
    expect(patchline(['help', 'scan']).stdout).toContain('--fail-on SEVERITY');
    expect(patchline(['help', 'nope']).status).toBe(2);
    const rules = patchline(['rules']);
    expect(rules.status).toBe(0);
    expect(rules.stdout).toMatch(/dockerfile\.\S+\s+\w+\s+CWE-\d+/);
    const json = JSON.parse(patchline(['rules', '--format', 'json']).stdout) as { id: string; tags?: string[] }[];
    const docker = json.filter((r) => r.id.startsWith('dockerfile.'));
    expect(docker.length).toBeGreaterThanOrEqual(25);
    const peerTagged = docker.filter((r) => r.tags?.some((t) => /^(hadolint:DL\d{4}|trivy:DS\d{3})$/.test(t)));
    expect(peerTagged.length).toBeGreaterThanOrEqual(25);
  });
});

describe('patchline scan --import', () => {
  it("merges other tools' reports into the scan, and reports an unreachable SonarQube as an issue", () => {
    const bandit = path.resolve(repoRoot, '../shared/fixtures/reports/bandit/one_vuln.json');
    const run = patchline(['scan', demoApp, '--scanners', 'secrets', '--format', 'json',
      '--import', bandit, '--import', 'sonarqube+http://127.0.0.1:9/demo'], { env: { SONAR_TOKEN: 'squ_not_a_real_token_0123456789' } });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.scanners).toEqual(['secrets', 'import:bandit']);
    expect(result.findings.filter((f) => f.scanner === 'import:bandit').map((f) => f.ruleId)).toEqual(['bandit:B101']);
    const failed = result.issues.find((i) => i.code === 'import-failed');
    expect(failed?.message).toMatch(/^sonarqube\+http:\/\/127\.0\.0\.1:9\/demo: cannot reach SonarQube/);
    expect(run.stdout).not.toContain('squ_not_a_real_token');
  });
});
