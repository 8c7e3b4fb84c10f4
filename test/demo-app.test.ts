import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp } from '../src/testing/demo-app.js';
import type { RunningApp } from '../src/testing/python-app.js';

let app: RunningApp;
let base: string;

beforeAll(async () => {
  app = await startDemoApp();
  base = app.base;
});

afterAll(() => {
  app?.stop();
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
