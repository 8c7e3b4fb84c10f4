import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDastClient } from '../../client/client.js';
import { DEFAULT_LIMITS } from '../../client/options.js';
import { createScope } from '../../client/scope.js';
import type { ActiveRule, InjectionPoint, WebHit } from '../../types.js';

/** Test support for active rules: small servers on 127.0.0.1 and the points a crawler would find on them. */

export interface TestRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
  /** Form or JSON body fields, query parameters and cookies, merged (body wins). */
  params: Record<string, string>;
}

export type Handler = (req: TestRequest, res: ServerResponse) => void | Promise<void>;

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: TestRequest = { method: req.method ?? 'GET', url, headers: req.headers, body, params: paramsOf(url, req.headers, body) };
      Promise.resolve(handler(request, res)).catch((err: unknown) => {
        res.statusCode = 500;
        res.end(String(err));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function paramsOf(url: URL, headers: IncomingMessage['headers'], body: string): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(url.searchParams);
  for (const c of (headers.cookie ?? '').split(';')) {
    const eq = c.indexOf('=');
    if (eq > 0) out[c.slice(0, eq).trim()] = decodeURIComponent(c.slice(eq + 1).trim());
  }
  const type = headers['content-type'] ?? '';
  if (type.includes('json')) Object.assign(out, JSON.parse(body || '{}') as Record<string, string>);
  else if (body) Object.assign(out, Object.fromEntries(new URLSearchParams(body)));
  return out;
}

export function html(res: ServerResponse, body: string, status = 200): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html><body>${body}</body></html>`);
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

/** A point as the crawler would make it: `GET base+path?name=value`, a form post, a JSON body, a cookie or a header. */
export function point(base: string, path: string, location: InjectionPoint['location'], name: string, value: string): InjectionPoint {
  const url = new URL(path, base);
  if (location === 'query') {
    url.searchParams.set(name, value);
    return { request: { method: 'GET', url: url.href }, location, name, value };
  }
  if (location === 'form') {
    const body = new URLSearchParams({ [name]: value }).toString();
    return { request: { method: 'POST', url: url.href, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }, location, name, value };
  }
  if (location === 'json') {
    return { request: { method: 'POST', url: url.href, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ [name]: value }) }, location, name, value };
  }
  if (location === 'cookie') return { request: { method: 'GET', url: url.href, headers: { cookie: `${name}=${value}` } }, location, name, value };
  if (location === 'header') return { request: { method: 'GET', url: url.href, headers: { [name]: value } }, location, name, value };
  return { request: { method: 'GET', url: url.href }, location, name, value };
}

/** Runs one rule on one point with a fresh client. */
export async function attack(rule: ActiveRule, p: InjectionPoint): Promise<WebHit[]> {
  const client = createDastClient({
    scope: createScope(new URL(p.request.url).origin),
    // Test servers answer at once; the pacing the scan uses against real apps would only slow tests.
    limits: { ...DEFAULT_LIMITS, requestsPerSecond: 10_000 },
    auth: { headers: {}, cookies: {} },
  });
  try {
    return await rule.attack(p, client, client.signal);
  } finally {
    client.close();
  }
}
