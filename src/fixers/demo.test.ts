import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogers } from '../catalogers/registry.js';
import { loadConfig, type PatchlineConfig } from '../core/config.js';
import type { Finding } from '../core/model.js';
import { fromPackageRoot } from '../core/paths.js';
import { runScan } from '../core/pipeline.js';
import { scanners } from '../scanners/registry.js';
import { OSV_FIXTURES } from '../vulndb/match/testdata/memory-db.js';
import { importSources } from '../vulndb/importer.js';
import { planFixes, type FixPlan } from './plan.js';
import { startPythonApp } from '../testing/python-app.js';

interface Row {
  id: string;
  file: string;
  line: number;
  cwe: string;
  scanner: string;
}

/** The rows of VULNERABILITIES.md a scan of the directory reports (dast and image rows need a running app or an image). */
function demoRows(): Row[] {
  return readFileSync(fromPackageRoot('examples', 'flask-app', 'VULNERABILITIES.md'), 'utf8')
    .split('\n')
    .filter((l) => /^\|\s*V\d+\s*\|/.test(l))
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()))
    .map(([id, file, line, , cwe, scanner]) => ({ id: id!, file: file!, line: Number(line), cwe: cwe!, scanner: scanner! }))
    .filter((r) => ['sast', 'secrets', 'dockerfile', 'sca'].includes(r.scanner));
}

/** Rows no deterministic fixer changes, each with (part of) the reason the plan gives. */
const NOT_FIXED: Record<string, string> = {
  V04: 'removing |safe changes what the page shows',
  V07: 'which files may be served is a decision about the application',
  V08: 'pickle and marshal have no safe mode',
  V10: 'which hosts may be fetched depends on the application',
  V11: 'the allowed redirect targets depend on the application',
  V12: 'is used to compare hashes by value',
  V20: 'a .env file is where the environment is meant to be kept',
  V21: 'a .env file is where the environment is meant to be kept',
  V25: 'a task secret needs a Secrets Manager or SSM Parameter ARN',
  V28: 'a health check needs to know how the service answers',
  V32: 'the versions to pin depend on the base image release',
  V34: 'a checksum for the downloaded script must come from its publisher',
  V36: 'WORKDIR changes the directory for every later step',
  V38: 'the permissions the application needs are a decision about it',
  V39: 'removing sudo requires knowing which user the step must run as',
  V40: 'whether the SSH port is needed is a decision about the deployment',
  V41: 'the exec form changes how arguments and variables are expanded',
  V42: 'the user the service runs as must exist in the image',
  V43: 'which capabilities the service needs instead of privileged mode',
  V44: 'moving off the host network changes how the service is reached',
  V45: 'whether the service needs the host PID namespace',
  V49: 'the service may depend on the Docker API',
  V50: 'which capabilities the task needs instead of privileged mode',
  V51: 'the user the task runs as must exist in the image',
  V52: 'a read-only root needs volumes for every path the container writes',
  V53: 'a task secret needs a Secrets Manager or SSM Parameter ARN',
  V54: 'a task secret needs a Secrets Manager or SSM Parameter ARN',
  // New major versions: not without fix.allowMajor (checked below with it).
  V55: 'is a new major version',
  V56: 'is a new major version',
  V57: 'is a new major version',
  V61: 'is a new major version',
};

/** Rows that share a file, line and CWE with another row, told apart by rule. */
const RULE_OF: Record<string, string> = {
  V31: 'dockerfile.apt-get-no-install-recommends',
  V33: 'dockerfile.apt-lists-not-cleaned',
  V36: 'dockerfile.cd-instead-of-workdir',
  V37: 'dockerfile.pip-no-cache-dir',
};

function rowFindings(row: Row, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => {
    if (RULE_OF[row.id] && f.ruleId !== RULE_OF[row.id]) return false;
    const loc = f.location;
    if (row.scanner === 'sca') return loc.kind === 'package' && loc.path === row.file && loc.line === row.line;
    const scanners = f.sources ?? [f.scanner];
    return loc.kind === 'file' && loc.path === row.file && loc.startLine === row.line && scanners.includes(row.scanner) && (f.cwe.includes(row.cwe) || row.scanner === 'secrets');
  });
}

/** How many findings of each rule each file has. */
function counts(findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.ruleId} ${f.location.kind === 'url' ? f.location.url : f.location.path}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

let tmp: string;
let app: string;
let config: PatchlineConfig;

const scan = (root: string, cfg = config) => runScan({ root, config: cfg, scanners, catalogers, tool: { name: 'patchline', version: 'test' } });

/** Writes each changed file's final text into the tree. */
function apply(plan: FixPlan, root: string): string[] {
  const final = new Map<string, string>();
  for (const e of plan.changeSets.flatMap((cs) => cs.edits)) final.set(e.path, e.after);
  for (const [file, text] of final) writeFileSync(path.join(root, file), text);
  return [...final.keys()];
}

/** The fixed app still starts, signs alice in and serves her pages. */
async function expectAppStillServes(root: string): Promise<void> {
  const data = mkdtempSync(path.join(tmp, 'data-'));
  const running = await startPythonApp(root, 'app.py', { NOTES_DATA_DIR: data, SECRET_KEY: 'test-only-secret-key-0123456789abcdef' });
  try {
    for (const page of ['/', '/login']) expect((await fetch(`${running.base}${page}`)).status, page).toBe(200);
    const login = await fetch(`${running.base}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=alice&password=wonderland',
    });
    expect(login.status, 'alice signs in').toBe(302);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    for (const page of ['/notes', '/profile', '/search?q=welcome']) {
      const res = await fetch(`${running.base}${page}`, { headers: { cookie }, redirect: 'manual' });
      expect(res.status, `${page} answers alice`).toBe(200);
    }
  } finally {
    running.stop();
  }
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'patchline-fix-demo-'));
  app = path.join(tmp, 'app');
  cpSync(fromPackageRoot('examples', 'flask-app'), app, { recursive: true });
  const db = path.join(tmp, 'vulndb.sqlite');
  await importSources([path.join(OSV_FIXTURES, 'PyPI')], db);
  config = { ...(await loadConfig(app)).config, db: { path: db } };
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('patchline fix on the demo app (examples/flask-app)', () => {
  it('changes every finding of VULNERABILITIES.md that has a deterministic fix, and says why for the rest', async () => {
    const before = await scan(app);
    const plan = await planFixes({ findings: before.findings, root: app, config });
    const fixed = new Set(plan.changeSets.flatMap((cs) => cs.findings));
    const reasons = new Map(plan.skipped.map((s) => [s.finding.fingerprint, s.reason]));
    const rows = demoRows();
    expect(rows.length).toBe(62);
    for (const row of rows) {
      const found = rowFindings(row, before.findings);
      expect(found.length, `${row.id} is reported`).toBeGreaterThan(0);
      const expectedReason = NOT_FIXED[row.id];
      if (expectedReason === undefined) {
        expect(found.every((f) => fixed.has(f.fingerprint)), `${row.id} ${row.file}:${row.line} is fixed (${found.map((f) => reasons.get(f.fingerprint)).join('; ')})`).toBe(true);
      } else {
        for (const f of found) expect(reasons.get(f.fingerprint), `${row.id} is left with its reason`).toContain(expectedReason);
      }
    }

    // The fixed files still compile, and a re-scan no longer reports what was fixed and reports nothing new.
    const changed = apply(plan, app);
    const pythonFiles = changed.filter((f) => f.endsWith('.py'));
    expect(pythonFiles.sort()).toEqual(['app.py', 'config.py']);
    const compiled = spawnSync('python3', ['-m', 'py_compile', ...pythonFiles], { cwd: app, encoding: 'utf8', env: { ...process.env, PYTHONPYCACHEPREFIX: path.join(tmp, 'pycache') } });
    expect(compiled.status, compiled.stderr).toBe(0);

    const after = await scan(app);
    const fixedByKey = counts(before.findings.filter((f) => fixed.has(f.fingerprint)));
    const beforeCounts = counts(before.findings);
    const afterCounts = counts(after.findings);
    for (const [key, n] of afterCounts) expect(n, `${key}: nothing new after the fixes`).toBeLessThanOrEqual(beforeCounts.get(key) ?? 0);
    for (const [key, n] of fixedByKey) expect(afterCounts.get(key) ?? 0, `${key}: the fixed ones are gone`).toBe((beforeCounts.get(key) ?? 0) - n);
    expect(after.findings.length).toBe(before.findings.length - fixed.size);

    await expectAppStillServes(app);
  });

  it('upgrades across major versions too when fix.allowMajor is set', async () => {
    const fresh = path.join(tmp, 'major');
    cpSync(fromPackageRoot('examples', 'flask-app'), fresh, { recursive: true });
    const allowMajor = { ...config, fix: { allowMajor: true } };
    const before = await scan(fresh, allowMajor);
    const plan = await planFixes({ findings: before.findings, root: fresh, config: allowMajor, only: ['sca'] });
    expect(plan.skipped).toEqual([]);
    apply(plan, fresh);
    expect(readFileSync(path.join(fresh, 'requirements.txt'), 'utf8')).toContain('Flask==2.2.5\nWerkzeug==3.0.1\nJinja2==3.1.3\n');
    expect((await scan(fresh, allowMajor)).findings.filter((f) => f.scanner === 'sca')).toEqual([]);
  });
});
