import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, escapeHtml, html, point, startServer, type TestServer } from '../shared/testing.js';
import { ssrfRule as rule } from './index.js';
import { startListener } from './listener.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer(async (req, res) => {
    const url = req.params.url ?? '';
    // ruleid: web.ssrf (a link preview that fetches whatever it is given)
    if (req.url.pathname === '/preview') {
      const page = await fetch(url, { signal: AbortSignal.timeout(3000) }).then((r) => r.text(), () => '');
      return html(res, `Preview: ${escapeHtml(/<title>(.*?)<\/title>/.exec(page)?.[1] ?? url)}`);
    }
    // ok: web.ssrf (only an allow-listed host is fetched)
    if (req.url.pathname === '/safe') return html(res, new URL(url, 'https://x').hostname === 'docs.example.com' ? 'would fetch' : 'refused');
    html(res, 'not found', 404);
  });
});

afterAll(() => server?.close());

describe('ssrf', () => {
  it('finds a URL parameter the server fetches, by the call its loopback listener receives', async () => {
    const hits = await attack(rule, point(server.url, '/preview', 'query', 'url', 'https://example.com/'));
    expect(hits).toMatchObject([{ ruleId: 'web.ssrf', param: 'url' }]);
    expect(hits[0]!.evidence).toMatch(/^GET \/plx[a-z0-9]{8} from (::ffff:)?127\.0\.0\.1$/);
    expect(hits[0]!.exchange.response.body).toContain('Preview: patchline ssrf probe');
  });

  it('reports nothing when the server does not call, and only tries values and names that carry URLs', async () => {
    expect(await attack(rule, point(server.url, '/safe', 'query', 'url', 'https://docs.example.com/'))).toEqual([]);
    expect(rule.applies(point(server.url, '/x', 'query', 'q', 'cats'))).toBe(false);
    expect(rule.applies(point(server.url, '/x', 'form', 'next', 'https://example.com/'))).toBe(true);
  });

  it('the listener stops waiting when the scan is aborted', async () => {
    const listener = await startListener();
    const controller = new AbortController();
    const waiting = listener.waitFor('never', 60_000, controller.signal);
    controller.abort();
    expect(await waiting).toBeUndefined();
    await listener.close();
  });
});
