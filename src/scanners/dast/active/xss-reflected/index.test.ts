import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, escapeHtml, html, point, startServer, type TestServer } from '../shared/testing.js';
import { contextsOf } from './context.js';
import { xssReflectedRule as rule } from './index.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const v = req.params.v ?? '';
    const pages: Record<string, string> = {
      // ruleid: web.xss-reflected (text, and escaped in the input: the unescaped one is found)
      '/text': `<input value="${escapeHtml(v)}"><p>You searched for <em>${v}</em></p>`,
      // ruleid: web.xss-reflected (double-quoted attribute; only < and > are escaped)
      '/attr': `<input name="q" value="${v.replace(/</g, '&lt;').replace(/>/g, '&gt;')}">`,
      // ruleid: web.xss-reflected (inside a script string)
      '/script': `<script>var q = '${v.replace(/'/g, "\\'")}';</script>`,
      // ruleid: web.xss-reflected (a header shown on the page)
      '/agent': `Your browser: ${req.headers['user-agent'] ?? ''}`,
      // ok: web.xss-reflected (a debug page that escapes, then repeats the value raw in a comment it cannot close, like Werkzeug's)
      '/debug': `<title>${escapeHtml(v)}</title><pre>${escapeHtml(v)}</pre><!--\nError: ${v.replace(/--/g, '-')}\n-->`,
      // ok: web.xss-reflected (escaped everywhere)
      '/safe': `<input value="${escapeHtml(v)}"><p>You searched for <em>${escapeHtml(v)}</em></p><script>var q = ${JSON.stringify(v).replace(/</g, '\\u003c')};</script>`,
    };
    // ok: web.xss-reflected (JSON is not rendered as HTML)
    if (req.url.pathname === '/api') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ q: v }));
    }
    html(res, pages[req.url.pathname] ?? 'not found', pages[req.url.pathname] ? 200 : 404);
  });
});

afterAll(() => server?.close());

describe('xss-reflected', () => {
  it('finds reflections in text, attribute, script and header contexts by their own way out', async () => {
    const text = await attack(rule, point(server.url, '/text', 'query', 'v', 'cats'));
    expect(text).toMatchObject([{ ruleId: 'web.xss-reflected', param: 'v', url: `${server.url}/text?v=cats` }]);
    expect(text[0]!.message).toMatch(/reflected in the page's text context and "<plx[a-z0-9]{8}>" comes back unescaped/);
    expect(text[0]!.evidence).toMatch(/<em>cats<plx[a-z0-9]{8}><\/em>/);
    const attr = await attack(rule, point(server.url, '/attr', 'form', 'v', 'cats'));
    expect(attr[0]!.message).toMatch(/attr dq context and "\\" plx[a-z0-9]{8}=\\"1"/);
    const script = await attack(rule, point(server.url, '/script', 'query', 'v', 'x'));
    expect(script[0]!.message).toContain("script context and \"</script><plx");
    const agent = await attack(rule, point(server.url, '/agent', 'header', 'user-agent', 'Mozilla'));
    expect(agent).toMatchObject([{ param: 'user-agent' }]);
    expect(agent[0]!.message).toContain('(the header user-agent)');
  });

  it('reports nothing where every context escapes, or the answer is JSON', async () => {
    expect(await attack(rule, point(server.url, '/safe', 'query', 'v', 'cats'))).toEqual([]);
    expect(await attack(rule, point(server.url, '/debug', 'query', 'v', 'x'))).toEqual([]);
    expect(await attack(rule, point(server.url, '/api', 'query', 'v', 'cats'))).toEqual([]);
  });

  it('tells contexts apart', () => {
    const page = '<p>X</p><a title="X" alt=\'X\' href=X><script>f("X")</script><!-- X --><textarea>X</textarea>';
    expect(contextsOf(page, 'X')).toEqual(['text', 'rcdata', 'comment', 'script', 'attr-dq', 'attr-sq', 'attr-unquoted']);
  });
});
