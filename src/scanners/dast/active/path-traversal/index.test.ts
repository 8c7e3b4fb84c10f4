import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, html, point, startServer, type TestServer } from '../shared/testing.js';
import { pathTraversalRule as rule } from './index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'patchline-traversal-'));
writeFileSync(path.join(dir, 'report.txt'), 'quarterly numbers');
let server: TestServer;

function send(res: Parameters<typeof html>[0], file: string): void {
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch {
    return html(res, 'no such file', 404);
  }
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  res.end(content);
}

beforeAll(async () => {
  server = await startServer((req, res) => {
    const file = req.params.file ?? '';
    // ruleid: web.path-traversal (like os.path.join: an absolute value replaces the directory)
    if (req.url.pathname === '/download') return send(res, path.resolve(dir, file));
    // ruleid: web.path-traversal (a JSON field, '../' stripped once: '....//' survives)
    if (req.url.pathname === '/api/file') return send(res, path.join(dir, file.replace(/\.\.\//g, '')));
    // ok: web.path-traversal (resolved and kept under the directory)
    if (req.url.pathname === '/safe') {
      const full = path.resolve(dir, file);
      return full.startsWith(`${dir}${path.sep}`) ? send(res, full) : html(res, 'refused', 403);
    }
    html(res, 'not found', 404);
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('path-traversal', () => {
  it('reads /etc/passwd by absolute path and by climbing out', async () => {
    const hits = await attack(rule, point(server.url, '/download', 'query', 'file', 'report.txt'));
    expect(hits).toMatchObject([{ ruleId: 'web.path-traversal', param: 'file', url: `${server.url}/download?file=report.txt` }]);
    expect(hits[0]!.message).toBe('The value "/etc/passwd" makes the application answer with the content of /etc/passwd (the query parameter file)');
    expect(hits[0]!.evidence).toMatch(/root:[^:]*:0:0:/);
    const json = await attack(rule, point(server.url, '/api/file', 'json', 'file', 'report.txt'));
    expect(json[0]!.message).toContain('"....//....//');
  });

  it('reports nothing when the path is kept under its directory; leaves headers and cookies alone', async () => {
    expect(await attack(rule, point(server.url, '/safe', 'query', 'file', 'report.txt'))).toEqual([]);
    expect(rule.applies(point(server.url, '/', 'cookie', 'file', 'x'))).toBe(false);
  });
});
