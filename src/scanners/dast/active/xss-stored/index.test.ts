import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, escapeHtml, html, point, startServer, type TestServer } from '../shared/testing.js';
import { xssStoredRule as rule } from './index.js';

let server: TestServer;
const notes: { title: string; body: string }[] = [];

beforeAll(async () => {
  server = await startServer((req, res) => {
    const { pathname } = req.url;
    if (req.method === 'POST' && (pathname === '/notes/new' || pathname === '/safe/new')) {
      notes.push({ title: req.params.title ?? '', body: req.params.body ?? '' });
      res.writeHead(302, { location: pathname.replace('/new', '') });
      return void res.end();
    }
    // ruleid: web.xss-stored (the body is rendered raw, the title escaped)
    if (pathname === '/notes') return html(res, notes.map((n) => `<h2>${escapeHtml(n.title)}</h2><div>${n.body}</div>`).join(''));
    // ok: web.xss-stored
    if (pathname === '/safe') return html(res, notes.map((n) => `<h2>${escapeHtml(n.title)}</h2><div>${escapeHtml(n.body)}</div>`).join(''));
    // ruleid: web.xss-stored (a JSON API whose list page shows the raw comment, no redirect)
    if (pathname === '/comments') {
      if (req.method === 'POST') notes.push({ title: '', body: req.params.text ?? '' });
      return html(res, notes.map((n) => `<li>${n.body}</li>`).join(''));
    }
    html(res, 'not found', 404);
  });
});

afterAll(() => server?.close());

describe('xss-stored', () => {
  it('finds a value saved by a form and shown unescaped on the page the form leads to', async () => {
    const body = await attack(rule, point(server.url, '/notes/new', 'form', 'body', 'hello'));
    expect(body).toMatchObject([{ ruleId: 'web.xss-stored', method: 'POST', param: 'body', url: `${server.url}/notes/new` }]);
    expect(body[0]!.message).toBe(`A value submitted to POST ${server.url}/notes/new is saved and shown unescaped on ${server.url}/notes (the form field body)`);
    expect(body[0]!.evidence).toMatch(/<div>hello<plx[a-z0-9]{8}><\/div>/);
    expect(await attack(rule, point(server.url, '/notes/new', 'form', 'title', 'hello'))).toEqual([]);
  });

  it('finds a JSON field shown on a later GET of the same address', async () => {
    const hits = await attack(rule, point(server.url, '/comments', 'json', 'text', 'hi'));
    expect(hits).toMatchObject([{ param: 'text' }]);
    expect(hits[0]!.exchange.request.method).toBe('GET');
  });

  it('reports nothing when the saved value is escaped, and only attacks POSTed forms and JSON', async () => {
    expect(await attack(rule, point(server.url, '/safe/new', 'form', 'body', 'hello'))).toEqual([]);
    expect(rule.applies(point(server.url, '/notes', 'query', 'q', 'x'))).toBe(false);
  });
});
