import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, escapeHtml, html, point, startServer, type TestServer } from '../shared/testing.js';
import { commandInjection } from './index.js';

const run = promisify(exec);
const runFile = promisify(execFile);
const rule = commandInjection({ sleepSeconds: 1 });
let server: TestServer;

beforeAll(async () => {
  server = await startServer(async (req, res) => {
    const host = req.params.host ?? '';
    const output = (r: { stdout: string; stderr: string }) => `<pre>${escapeHtml(r.stdout + r.stderr)}</pre>`;
    const failed = (err: unknown) => `<pre>${escapeHtml(String((err as { stdout?: string }).stdout ?? err))}</pre>`;
    // ruleid: web.command-injection (the output is shown)
    if (req.url.pathname === '/ping') return html(res, await run(`echo checking ${host}`).then(output, failed));
    // ruleid: web.command-injection (the output is not shown: only a delay tells)
    if (req.url.pathname === '/touch') {
      await run(`test -n ${host}`).catch(() => undefined);
      return html(res, 'Done.');
    }
    // ok: web.command-injection (no shell: the value is one argument)
    if (req.url.pathname === '/safe') return html(res, await runFile('echo', ['checking', host]).then(output, failed));
    html(res, 'not found', 404);
  });
});

afterAll(() => server?.close());

describe('command-injection', () => {
  it('finds a shell that echoes computed output back', async () => {
    const hits = await attack(rule, point(server.url, '/ping', 'form', 'host', 'localhost'));
    expect(hits).toMatchObject([{ ruleId: 'web.command-injection', method: 'POST', param: 'host' }]);
    expect(hits[0]!.confidence).toBeUndefined();
    expect(hits[0]!.message).toMatch(/^The shell ran the command in "localhost;echo plx\$\(\(\d+\*\d+\)\)": the answer shows plx\d+, the product it computed/);
    expect(hits[0]!.evidence).toMatch(/checking localhost\nplx\d{5,6}/);
  });

  it('finds a blind injection by a delay confirmed against sleep 0', async () => {
    const hits = await attack(rule, point(server.url, '/touch', 'query', 'host', 'x'));
    expect(hits).toMatchObject([{ param: 'host', confidence: 'medium', evidence: 'x;sleep 1' }]);
  });

  it('reports nothing when the value is one argument of a program run without a shell', async () => {
    expect(await attack(rule, point(server.url, '/safe', 'query', 'host', 'localhost'))).toEqual([]);
  });
});
