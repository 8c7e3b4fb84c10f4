import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSources } from './importer.js';
import { openVulnDb } from './sqlite-db.js';
import { osv, removeTempDirs, SNAPSHOT, tempDir, writeJson } from './testdata/helpers.js';
import { buildZip } from './testdata/zip-writer.js';
import { updateDb } from './update.js';

afterAll(removeTempDirs);

function folderZip(dir: string): Buffer {
  return buildZip(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => ({ name: path.relative(dir, path.join(e.parentPath, e.name)), data: readFileSync(path.join(e.parentPath, e.name)) })));
}

const zips: Record<string, Buffer> = {};
const requests: { url: string; authorization?: string }[] = [];
let server: Server;
let base: string;

function handle(req: IncomingMessage, res: ServerResponse): void {
  requests.push({ url: req.url!, ...(req.headers.authorization && { authorization: req.headers.authorization }) });
  const url = req.url!;
  if (url.startsWith('/private/')) {
    if (req.headers.authorization !== `Basic ${Buffer.from('mirror:s3cret-pass').toString('base64')}`) {
      res.writeHead(401).end();
      return;
    }
  }
  const key = decodeURIComponent(url.replace(/^\/private/, '').replace(/\/all\.zip$/, '').slice(1));
  if (key === 'Go') {
    // Announces the whole body, sends half, hangs up.
    const body = zips.PyPI!;
    res.writeHead(200, { 'content-length': body.length });
    res.write(body.subarray(0, body.length >> 1), () => res.destroy());
    return;
  }
  if (key === 'Maven') {
    // No length to check against: the zip check must catch it.
    res.writeHead(200, { 'transfer-encoding': 'chunked' });
    res.end(zips.PyPI!.subarray(0, 100));
    return;
  }
  const body = zips[key];
  if (!body) {
    res.writeHead(404, 'Not Found').end();
    return;
  }
  res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/zip' }).end(body);
}

beforeAll(async () => {
  zips.PyPI = folderZip(path.join(SNAPSHOT, 'PyPI'));
  zips.npm = folderZip(path.join(SNAPSHOT, 'npm'));
  zips.Alpine = folderZip(path.join(SNAPSHOT, 'Alpine-secdb'));
  const rocky = tempDir();
  writeJson(rocky, 'RLSA-1.json', osv('RLSA-2024:0001', 'Rocky Linux:9', 'openssl'));
  zips['Rocky Linux'] = folderZip(rocky);
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function existing(dir: string): Promise<string> {
  const file = path.join(dir, 'db.sqlite');
  const src = tempDir();
  writeJson(src, 'old.json', osv('OLD-1', 'npm', 'left-pad'));
  await importSources([src], file);
  return file;
}

function idsIn(file: string, ecosystem: string, name: string): string[] {
  const db = openVulnDb(file);
  try {
    return db.advisoriesFor(ecosystem, name).map((a) => a.id);
  } finally {
    db.close();
  }
}

describe('updateDb over HTTP', () => {
  it('downloads <base>/<ecosystem>/all.zip for each ecosystem and builds a new database', async () => {
    const dir = tempDir();
    const file = await existing(dir);
    const shown: string[] = [];
    const result = await updateDb({ dbPath: file, ecosystems: ['PyPI', 'npm', 'Alpine', 'Rocky Linux'], baseUrl: `${base}/`, progress: { update: (t) => shown.push(t), done: () => undefined } });
    expect(result.downloads.map((d) => d.url)).toEqual([`${base}/PyPI/all.zip`, `${base}/npm/all.zip`, `${base}/Alpine/all.zip`, `${base}/Rocky%20Linux/all.zip`]);
    expect(result.downloads[0]!.bytes).toBe(zips.PyPI!.length);
    expect(result.sources.map((s) => `${s.name} ${s.count}`)).toEqual(['PyPI 251', 'npm 20', expect.stringMatching(/^Alpine \d{4}$/), 'Rocky Linux 1']);
    expect(shown.some((t) => /downloading PyPI \(1\/4\) \[#+-*\] [\d.]+\/[\d.]+ MiB \d+%/.test(t))).toBe(true);
    expect(idsIn(file, 'PyPI', 'PyYAML').length).toBeGreaterThan(2);
    expect(idsIn(file, 'Alpine:v3.10', 'openssl')).toContain('ALPINE-CVE-2019-1549');
    expect(idsIn(file, 'Rocky Linux:9.3', 'openssl')).toEqual(['RLSA-2024:0001']);
    expect(idsIn(file, 'npm', 'left-pad')).toEqual([]);
    expect(readdirSync(dir)).toEqual(['db.sqlite']);
  });

  it('removes the download folder of an update that was killed', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'db.sqlite');
    mkdirSync(`${file}.download-999999999`);
    writeFileSync(`${file}.download-999999999/0.zip`, 'half a download');
    await updateDb({ dbPath: file, ecosystems: ['npm'], baseUrl: base });
    expect(readdirSync(dir)).toEqual(['db.sqlite']);
  });

  it('takes the mirror from PATCHLINE_OSV_BASE_URL and sends its credentials as Basic auth, never showing them', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'db.sqlite');
    const mirror = base.replace('http://', 'http://mirror:s3cret-pass@') + '/private';
    requests.length = 0;
    const result = await updateDb({ dbPath: file, ecosystems: ['npm'], env: { PATCHLINE_OSV_BASE_URL: mirror } });
    expect(requests[0]!.authorization).toMatch(/^Basic /);
    expect(result.downloads[0]!.url).not.toContain('s3cret');
    expect(JSON.stringify(result)).not.toContain('s3cret');
    const db = openVulnDb(file);
    expect(JSON.stringify(db.status())).not.toContain('s3cret');
    db.close();
    const denied = updateDb({ dbPath: file, ecosystems: ['npm'], baseUrl: `${base.replace('http://', 'http://mirror:wrong-pass@')}/private` });
    await expect(denied).rejects.toThrow(/HTTP 401/);
    await expect(denied).rejects.not.toThrow(/wrong-pass/);
  });

  it('spells ecosystem names as OSV does', async () => {
    const result = await updateDb({ dbPath: path.join(tempDir(), 'db.sqlite'), ecosystems: ['NPM', ' npm '], baseUrl: base });
    expect(result.downloads.map((d) => d.url)).toEqual([`${base}/npm/all.zip`]);
  });

  it('fails clearly on a 404 and keeps the old database', async () => {
    const dir = tempDir();
    const file = await existing(dir);
    await expect(updateDb({ dbPath: file, ecosystems: ['npm', 'Hex'], baseUrl: base })).rejects.toThrow(/\/Hex\/all\.zip answered HTTP 404 Not Found/);
    expect(idsIn(file, 'npm', 'left-pad')).toEqual(['OLD-1']);
    expect(readdirSync(dir)).toEqual(['db.sqlite']);
  });

  it('fails clearly on a download cut short and keeps the old database', async () => {
    const dir = tempDir();
    const file = await existing(dir);
    await expect(updateDb({ dbPath: file, ecosystems: ['npm', 'Go'], baseUrl: base })).rejects.toThrow(/download of .*all\.zip (was cut off|is truncated)/);
    await expect(updateDb({ dbPath: file, ecosystems: ['Maven'], baseUrl: base })).rejects.toThrow(/downloaded from .*all\.zip is not a readable zip/);
    expect(idsIn(file, 'npm', 'left-pad')).toEqual(['OLD-1']);
    expect(readdirSync(dir)).toEqual(['db.sqlite']);
  });

  it('refuses a download over the size bound', async () => {
    const dir = tempDir();
    await expect(updateDb({ dbPath: path.join(dir, 'db.sqlite'), ecosystems: ['PyPI'], baseUrl: base, limits: { maxDownloadBytes: 1000 } })).rejects.toThrow(/more than the 1000-byte download limit/);
  });

  it('rejects unknown ecosystems and bad base URLs before downloading anything', async () => {
    const dir = tempDir();
    requests.length = 0;
    await expect(updateDb({ dbPath: path.join(dir, 'db.sqlite'), ecosystems: ['npm', 'cobol'], baseUrl: base })).rejects.toThrow(/unknown ecosystem 'cobol'/);
    await expect(updateDb({ dbPath: path.join(dir, 'db.sqlite'), baseUrl: 'ftp://example.org' })).rejects.toThrow(/http\(s\) URL/);
    expect(requests).toEqual([]);
  });
});
