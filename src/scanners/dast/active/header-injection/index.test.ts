import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, html, point, startServer, type TestServer } from '../shared/testing.js';
import { headerInjectionRule as rule } from './index.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const lang = req.params.lang ?? 'en';
    // ruleid: web.header-injection (a server that writes the header line as it is, like old CGI stacks)
    if (req.url.pathname === '/lang') {
      res.socket!.end(`HTTP/1.1 302 Found\r\nLocation: /home?lang=${lang}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      return;
    }
    // ok: web.header-injection (Node refuses line breaks in headers; this handler strips them first)
    if (req.url.pathname === '/safe') {
      res.writeHead(302, { location: `/home?lang=${encodeURIComponent(lang.replace(/[\r\n]/g, ''))}` });
      return void res.end();
    }
    html(res, 'not found', 404);
  });
});

afterAll(() => server?.close());

describe('header-injection', () => {
  it("finds a line break that ends the application's header and adds the scan's own", async () => {
    const hits = await attack(rule, point(server.url, '/lang', 'query', 'lang', 'en'));
    expect(hits).toMatchObject([{ ruleId: 'web.header-injection', param: 'lang' }]);
    expect(hits[0]!.evidence).toMatch(/^x-patchline-injected: plx[a-z0-9]{8}$/);
    expect(hits[0]!.message).toContain('A line break ("\\r\\n")');
  });

  it('reports nothing when line breaks are stripped; never puts a line break into a header or cookie', async () => {
    expect(await attack(rule, point(server.url, '/safe', 'query', 'lang', 'en'))).toEqual([]);
    expect(rule.applies(point(server.url, '/', 'header', 'referer', 'x'))).toBe(false);
  });
});
