import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../src/core/model.js';
import { demoApp, expectedFindings, patchlineAsync, repoRoot } from './helpers.js';
import { startDemoApp } from '../src/testing/demo-app.js';
import { startPythonApp, type RunningApp } from '../src/testing/python-app.js';

/** Rows of VULNERABILITIES.md with scanner dast that a passive rule can see, and the rule that sees each. */
const PASSIVE: Record<string, { rule: string; at: (f: Finding) => boolean }> = {
  V69: { rule: 'web.debug-mode', at: (f) => urlOf(f).endsWith('/console') },
  V70: { rule: 'web.cookie-no-secure', at: (f) => f.location.kind === 'url' && f.location.param === 'remember_me' },
  V71: { rule: 'web.csp-missing', at: (f) => new URL(urlOf(f)).pathname === '/' },
  V72: { rule: 'web.clickjacking-protection-missing', at: (f) => new URL(urlOf(f)).pathname === '/' },
  V73: { rule: 'web.x-content-type-options-missing', at: (f) => new URL(urlOf(f)).pathname === '/' },
};
/** The rest need payloads: the active rules' (--active) business. */
const ACTIVE_ONLY = ['V63', 'V64', 'V65', 'V66', 'V67', 'V68', 'V85', 'V86', 'V87', 'V88'];

function urlOf(f: Finding): string {
  return f.location.kind === 'url' ? f.location.url : '';
}

let demo: RunningApp;
let hardened: RunningApp;
const hardenedData = mkdtempSync(path.join(tmpdir(), 'patchline-hardened-'));

beforeAll(async () => {
  [demo, hardened] = await Promise.all([
    startDemoApp(),
    startPythonApp(path.join(repoRoot, 'src/scanners/dast/testdata/flask-hardened'), 'hardened.py', { NOTES_DATA_DIR: hardenedData }),
  ]);
}, 60_000);

afterAll(() => {
  demo?.stop();
  hardened?.stop();
  rmSync(hardenedData, { recursive: true, force: true });
});

async function dast(base: string): Promise<ScanResult> {
  const config = path.join(demoApp, 'patchline.yaml');
  const run = await patchlineAsync(['dast', base, '--config', config, '--format', 'json', '--fail-on', 'none']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ScanResult;
}

describe('patchline dast on the demo app (python3 app.py)', () => {
  it('accounts for every dast row of VULNERABILITIES.md', () => {
    const rows = expectedFindings().filter((r) => r.scanner === 'dast').map((r) => r.id);
    expect([...Object.keys(PASSIVE), ...ACTIVE_ONLY].sort()).toEqual(rows.sort());
  });

  it('finds every planted problem a passive rule can see, with its CWE and the exchange that proves it', async () => {
    const result = await dast(demo.base);
    expect(result.target).toEqual({ kind: 'url', ref: `${demo.base}/` });
    const rows = new Map(expectedFindings().map((r) => [r.id, r]));
    for (const [id, { rule, at }] of Object.entries(PASSIVE)) {
      const found = result.findings.find((f) => f.ruleId === rule && at(f));
      expect(found, `${id} (${rule})`).toBeDefined();
      expect(found!.category).toBe('web');
      expect(found!.cwe, id).toContain(rows.get(id)!.cwe);
      expect(found!.http?.request, id).toMatch(/^(GET|POST) \/\S* HTTP\/1\.1\n/);
      expect(found!.http?.response, id).toMatch(/^HTTP\/1\.1 \d{3}\n/);
    }
    // The login recipe's password and the session cookie never reach the report.
    expect(JSON.stringify(result)).not.toContain('wonderland');
    expect(JSON.stringify(result)).not.toMatch(/session=eyJ[\w.-]{5}/);
  });

  it('finds none of them in the hardened variant', async () => {
    const result = await dast(hardened.base);
    expect(result.findings.length).toBeGreaterThan(0); // the crawl ran and its rules looked
    for (const [id, { rule }] of Object.entries(PASSIVE)) {
      expect(result.findings.filter((f) => f.ruleId === rule).map(urlOf), id).toEqual([]);
    }
    for (const rule of ['web.cookie-no-httponly', 'web.cookie-no-samesite', 'web.stack-trace', 'web.csp-weak']) {
      expect(result.findings.filter((f) => f.ruleId === rule).map(urlOf), rule).toEqual([]);
    }
  });
});

describe('patchline scan --url', () => {
  it('scans a URL like dast does and says what is wrong with bad input', async () => {
    const run = await patchlineAsync(['scan', '--url', demo.base, '--format', 'json', '--quiet', '--fail-on', 'none', '--config', path.join(demoApp, 'patchline.yaml')]);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as ScanResult).scanners).toEqual(['dast']);
    const cases: [string[], RegExp][] = [
      [['scan', '--url', 'localhost:5000'], /'localhost:5000' is not an http or https URL/],
      [['scan', '--url', 'not a url'], /is not a URL; give the running application's address/],
      [['scan', '--url', 'http://user:pw@127.0.0.1:1/'], /put credentials in dast.auth of patchline.yaml/],
      [['scan', demoApp, '--url', demo.base], /scan takes a PATH or --url, not both/],
      [['scan', demoApp, '--active'], /--active attacks a running application; use it with --url URL/],
      [['scan', demoApp, '--scanners', 'dast'], /the dast scanner scans a running application; run 'patchline scan --url URL'/],
      [['dast'], /dast takes one URL, got 0/],
    ];
    for (const [args, message] of cases) {
      const bad = await patchlineAsync(args);
      expect(bad.status, args.join(' ')).toBe(2);
      expect(bad.stderr, args.join(' ')).toMatch(message);
    }
  });
});
