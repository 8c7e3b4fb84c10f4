import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, escapeHtml, html, point, startServer, type TestServer } from '../shared/testing.js';
import { openRedirectRule as rule } from './index.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const next = req.params.next ?? '/';
    // ruleid: web.open-redirect (after a login form, like the demo)
    if (req.url.pathname === '/login') {
      res.writeHead(302, { location: next });
      return void res.end();
    }
    // ruleid: web.open-redirect (a meta refresh page)
    if (req.url.pathname === '/bye') return html(res, `<meta http-equiv="refresh" content="0; url=${escapeHtml(next)}">Goodbye`);
    // ok: web.open-redirect (only paths of this site)
    if (req.url.pathname === '/safe') {
      res.writeHead(302, { location: /^\/(?![/\\])/.test(next) ? next : '/' });
      return void res.end();
    }
    html(res, 'not found', 404);
  });
});

afterAll(() => server?.close());

describe('open-redirect', () => {
  it('finds a destination parameter that redirects to another host, by Location or meta refresh', async () => {
    const login = point(server.url, '/login', 'form', 'username', 'alice');
    login.request.url = `${server.url}/login?next=%2Fnotes`;
    const hits = await attack(rule, { ...login, location: 'query', name: 'next', value: '/notes' });
    expect(hits).toMatchObject([{ ruleId: 'web.open-redirect', method: 'POST', param: 'next', evidence: 'Location: https://patchline-redirect.example/' }]);
    expect(hits[0]!.exchange.response.status).toBe(302);
    const meta = await attack(rule, point(server.url, '/bye', 'query', 'next', '/'));
    expect(meta).toMatchObject([{ confidence: 'medium', evidence: 'meta refresh: https://patchline-redirect.example/' }]);
  });

  it('reports nothing when only local paths are followed, and leaves parameters that carry no destination alone', async () => {
    expect(await attack(rule, point(server.url, '/safe', 'query', 'next', '/notes'))).toEqual([]);
    expect(rule.applies(point(server.url, '/search', 'query', 'q', 'cats'))).toBe(false);
    expect(rule.applies(point(server.url, '/go', 'query', 'where', 'https://example.com/'))).toBe(true);
  });
});
