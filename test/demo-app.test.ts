import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApp } from './helpers.js';

/** The python3 that has Flask: the one on PATH, else Debian's (python3-flask), as .ci/run installs it. */
function pythonWithFlask(): string {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    if (spawnSync(candidate, ['-c', 'import flask']).status === 0) return candidate;
  }
  throw new Error('no python3 with Flask: install python3-flask (.ci/run does)');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

let app: ChildProcess;
let base: string;

async function waitUntilUp(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`demo app did not answer on ${url} within ${ms} ms`);
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  app = spawn(pythonWithFlask(), ['app.py'], { cwd: demoApp, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
  await waitUntilUp(`${base}/`, 20_000);
});

afterAll(() => {
  app?.kill('SIGTERM');
});

describe('the demo app (python3 app.py)', () => {
  it('answers its public pages', async () => {
    for (const page of ['/', '/login']) {
      const res = await fetch(`${base}${page}`);
      expect(res.status, page).toBe(200);
      expect(await res.text(), page).toMatch(/<html/i);
    }
  });

  it('logs in and serves the signed-in pages', async () => {
    const login = await fetch(`${base}/login`, {
      method: 'POST', redirect: 'manual',
      body: new URLSearchParams({ username: 'alice', password: 'wonderland' }),
    });
    expect(login.status).toBe(302);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    for (const page of ['/notes', '/notes/new', '/search?q=on-call', '/profile', '/download', '/admin', '/import', '/preview']) {
      const res = await fetch(`${base}${page}`, { headers: { cookie }, redirect: 'manual' });
      expect(res.status, page).toBe(200);
    }
  });

  it('is as vulnerable as VULNERABILITIES.md says (SSTI answers 7*7)', async () => {
    const res = await fetch(`${base}/{{7*7}}`);
    expect(await res.text()).toContain('49');
  });
});
