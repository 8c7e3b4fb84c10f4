import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../core/model.js';
import { OSV_FIXTURES } from '../../vulndb/match/testdata/memory-db.js';

/** The built CLI (`npm test` builds dist first), run as a user runs it: a child process, its own cache. */
const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const demo = path.join(repoRoot, 'examples', 'flask-app');
let tmp: string;

function patchline(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: tmp, NO_COLOR: '1' };
  delete env.PATCHLINE_DB;
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'patchline.js'), ...args], { cwd: repoRoot, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** VULNERABILITIES.md's sca rows: requirements.txt line → the CVEs its notes name. */
function scaRows(): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  for (const line of readFileSync(path.join(demo, 'VULNERABILITIES.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[6] === 'sca') rows.set(Number(cells[3]), (cells[7]!.match(/CVE-\d{4}-\d+/g) ?? []).sort());
  }
  return rows;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'patchline-sca-e2e-'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('patchline scan --scanners sca on the demo app', () => {
  it('finds exactly the advisories VULNERABILITIES.md lists for each pin', () => {
    const db = path.join(tmp, 'vulndb.sqlite');
    const imported = patchline(['db', 'import', path.join(OSV_FIXTURES, 'PyPI'), '--db', db, '--quiet']);
    expect(imported.status, imported.stderr).toBe(0);

    const run = patchline(['scan', demo, '--scanners', 'sca', '--format', 'json', '--db', db, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.scanners).toEqual(['sca']);
    expect(result.packages.length, 'the catalogers ran: requirements.txt has 19 pins').toBe(19);
    expect(result.issues).toEqual([]);

    const byLine = new Map<number, Finding[]>();
    for (const f of result.findings) {
      expect(f.location).toMatchObject({ kind: 'package', ecosystem: 'PyPI', path: 'requirements.txt' });
      const line = f.location.kind === 'package' ? f.location.line! : 0;
      byLine.set(line, [...(byLine.get(line) ?? []), f]);
    }
    const rows = scaRows();
    expect(rows.size).toBe(8);
    expect([...byLine.keys()].sort((a, b) => a - b)).toEqual([...rows.keys()].sort((a, b) => a - b));
    for (const [line, cves] of rows) {
      expect((byLine.get(line) ?? []).map((f) => f.ruleId).sort(), `requirements.txt:${line}`).toEqual(cves);
    }
    const flask = result.findings.find((f) => f.ruleId === 'CVE-2023-30861')!;
    expect(flask).toMatchObject({ scanner: 'sca', category: 'vulnerability', severity: 'high', aliases: ['GHSA-m2qf-hxjv-5gpq', 'PYSEC-2023-62'], safeVersion: '2.2.5' });
  });
});
