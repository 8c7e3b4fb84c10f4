import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osv, removeTempDirs, repoRoot, SNAPSHOT, tempDir, writeJson } from '../vulndb/testdata/helpers.js';
import { buildZip } from '../vulndb/testdata/zip-writer.js';

afterAll(removeTempDirs);

// `patchline db …` as a user runs it: the built CLI in a child process, no TTY, its own cache folder.
const BIN = path.join(repoRoot, 'bin', 'patchline.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function patchline(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const { PATCHLINE_DB: _db, PATCHLINE_OSV_BASE_URL: _mirror, ...inherited } = process.env;
  const childEnv: NodeJS.ProcessEnv = { ...inherited, XDG_CACHE_HOME: cache, ...env };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: work, env: childEnv, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });
}

/** Builds dist/ when it is older than the sources this test exercises (`npm test` builds first anyway). */
function ensureBuilt(): void {
  const built = path.join(repoRoot, 'dist', 'cli', 'db.js');
  const sources = [path.join(repoRoot, 'src/cli/db.ts'), path.join(repoRoot, 'src/cli/help.ts'), ...readdirSync(path.join(repoRoot, 'src/vulndb')).filter((n) => n.endsWith('.ts')).map((n) => path.join(repoRoot, 'src/vulndb', n))];
  const stale = !existsSync(built) || sources.some((s) => statSync(s).mtimeMs > statSync(built).mtimeMs);
  if (stale) spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: repoRoot, stdio: 'ignore' });
}

let work: string;
let cache: string;
let server: Server;
let base: string;

beforeAll(async () => {
  ensureBuilt();
  work = tempDir('patchline-db-cli-');
  cache = tempDir('patchline-db-cache-');
  const npmZip = buildZip(readdirSync(path.join(SNAPSHOT, 'npm/ghsa')).map((n) => ({ name: n, data: readFileSync(path.join(SNAPSHOT, 'npm/ghsa', n)) })));
  server = createServer((req, res) => {
    if (req.url === '/npm/all.zip') res.writeHead(200, { 'content-length': npmZip.length }).end(npmZip);
    else res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('patchline db', () => {
  it('imports files offline, then reports status as a table and as JSON', async () => {
    const db = path.join(work, 'import.sqlite');
    const imported = await patchline(['db', 'import', path.join(SNAPSHOT, 'PyPI'), path.join(SNAPSHOT, 'Alpine-secdb/v3.10-main.yaml'), '--db', db]);
    expect(imported.stderr).toMatch(/^patchline: indexed \d+ advisories from 2 sources into .*import\.sqlite in [\d.]+ s$/m);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toBe('');

    const json = await patchline(['db', 'status', '--db', db, '--format', 'json']);
    expect(json.status).toBe(0);
    const status = JSON.parse(json.stdout);
    expect(status).toMatchObject({ path: db, usingSnapshot: false, ageDays: 0, format: 1, withdrawn: 1, advisoriesByEcosystem: { PyPI: 251 } });
    expect(status.advisoriesByEcosystem.Alpine).toBeGreaterThan(500);
    expect(status.sources.map((s: { name: string }) => s.name)).toEqual(['PyPI', 'v3.10-main.yaml']);

    const table = await patchline(['db', 'status', '--db', db]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^Database\s+.*import\.sqlite$/m);
    expect(table.stdout).toMatch(/^Built\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC \(0 days ago\)$/m);
    expect(table.stdout).toMatch(/^PyPI\s+251$/m);
    expect(table.stdout).toMatch(/^Source\s+Records\s+Imported\s+From$/m);
    expect(table.stdout).not.toMatch(/warning/);
  });

  it('lists record problems with their files and still exits 0', async () => {
    const src = tempDir();
    writeJson(src, 'broken.json', '{ "id": "X"');
    writeJson(src, 'good.json', osv('G-1', 'npm', 'good'));
    const run = await patchline(['db', 'import', src, '--db', path.join(work, 'issues.sqlite')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('1 record problem');
    expect(run.stderr).toMatch(/malformed-record: 1\n\s+.*broken\.json: not valid JSON/);
  });

  it('fails on a truncated zip, naming it, and keeps the old database', async () => {
    const db = path.join(work, 'keep.sqlite');
    expect((await patchline(['db', 'import', path.join(SNAPSHOT, 'Debian'), '--db', db])).status).toBe(0);
    const zip = buildZip([{ name: 'a.json', data: JSON.stringify(osv('Z-1', 'npm', 'z')) }]);
    writeFileSync(path.join(work, 'cut.zip'), zip.subarray(0, zip.length - 8));
    const run = await patchline(['db', 'import', path.join(work, 'cut.zip'), '--db', db]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^patchline: parse error: .*cut\.zip is not a readable zip archive/m);
    const after = JSON.parse((await patchline(['db', 'status', '--db', db, '--format', 'json'])).stdout);
    expect(after.advisoriesByEcosystem).toEqual({ Debian: 1 });
  });

  it('leaves the old database intact when killed mid-import, and the next run clears the leftovers', async () => {
    const db = path.join(work, 'killed.sqlite');
    expect((await patchline(['db', 'import', path.join(SNAPSHOT, 'Debian'), '--db', db])).status).toBe(0);
    const alma = readdirSync(path.join(SNAPSHOT, 'AlmaLinux/almalinux9')).map((n) => readFileSync(path.join(SNAPSHOT, 'AlmaLinux/almalinux9', n), 'utf8'));
    const big = path.join(work, 'big.zip');
    writeFileSync(big, buildZip(Array.from({ length: 20_000 }, (_, i) => ({ name: `R-${i}.json`, data: alma[i % alma.length]!.replace(/"id": *"([^"]+)"/, `"id": "$1-${i}"`) }))));
    const child = spawn(process.execPath, [BIN, 'db', 'import', big, '--db', db], { cwd: work, env: { ...process.env, XDG_CACHE_HOME: cache }, stdio: 'ignore' });
    const tmp = `${db}.tmp-${child.pid}`;
    const deadline = Date.now() + 60_000;
    while (!existsSync(tmp) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(existsSync(tmp)).toBe(true);
    const after = JSON.parse((await patchline(['db', 'status', '--db', db, '--format', 'json'])).stdout);
    expect(after.advisoriesByEcosystem).toEqual({ Debian: 1 });
    expect((await patchline(['db', 'import', path.join(SNAPSHOT, 'npm'), '--db', db])).status).toBe(0);
    expect(readdirSync(work).filter((n) => n.startsWith('killed.sqlite'))).toEqual(['killed.sqlite']);
  });

  it('updates from a mirror over HTTP, and fails clearly on a 404', async () => {
    const db = path.join(work, 'update.sqlite');
    const ok = await patchline(['db', 'update', '--db', db, '--ecosystems', 'npm', '--base-url', base]);
    expect(ok.stderr).toMatch(/indexed 20 advisories from 1 source/);
    expect(ok.status).toBe(0);
    const missing = await patchline(['db', 'update', '--db', db, '--ecosystems', 'npm,PyPI'], { PATCHLINE_OSV_BASE_URL: base });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/external-service error: .*\/PyPI\/all\.zip answered HTTP 404/);
    const status = JSON.parse((await patchline(['db', 'status', '--db', db, '--format', 'json'])).stdout);
    expect(status.sources).toEqual([expect.objectContaining({ name: 'npm', url: `${base}/npm/all.zip`, advisories: 20 })]);
  });

  it('shows the bundled snapshot, with a warning, when no database exists yet', async () => {
    const run = await patchline(['db', 'status']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`No database at ${path.join(cache, 'patchline', 'vulndb.sqlite')} yet: scans use the bundled offline snapshot below.`);
    expect(run.stdout).toMatch(/^patchline-snapshot\s+\d+/m);
    expect(run.stdout).toMatch(/^warning: using the bundled offline vulnerability snapshot/m);
  });

  it('explains its usage', async () => {
    const help = await patchline(['db']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: patchline db <update\|import\|status>/);
    expect((await patchline(['help'])).stdout).toMatch(/^ {2}db COMMAND\s+keep the local vulnerability database/m);
    const bad = await patchline(['db', 'frob']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("db command 'frob' is not one of update, import, status");
    const noPath = await patchline(['db', 'import']);
    expect(noPath.status).toBe(2);
    expect(noPath.stderr).toContain('db import needs at least one PATH');
  });
});
