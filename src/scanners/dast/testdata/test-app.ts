import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A small app on 127.0.0.1 with the behaviours the client must handle; it counts what reaches it. */
export interface TestApp {
  base: string;
  hits: string[];
  /** Ends the login session on the server side, as an expiry would. */
  dropSessions(): void;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export async function startTestApp(): Promise<TestApp> {
  const sessions = new Set<string>();
  let nextSession = 1;
  const hits: string[] = [];
  const routes: Record<string, Handler> = {
    '/': (_req, res) => html(res, '<a href="/private">private</a> <a href="/item?id=1">item</a> <a href="/logout">log out</a> <a href="http://outside.invalid/">away</a><form action="/search"><input type="search" name="q"><input type="email" name="mail"><select name="sort"><option value="new">new</option></select></form>'),
    '/robots.txt': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /hidden*\nSitemap: /sitemap.xml\n'),
    '/sitemap.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/xml' }).end('<?xml version="1.0"?><urlset><url><loc>/from-sitemap</loc></url></urlset>'),
    '/hidden': (_req, res) => html(res, 'only robots.txt knows'),
    '/from-sitemap': (_req, res) => html(res, 'only the sitemap knows'),
    '/item': (_req, res) => html(res, '<a href="/item?id=2">next</a>'),
    '/search': (_req, res) => html(res, 'results'),
    '/logout': (_req, res) => {
      sessions.clear();
      res.writeHead(302, { location: '/' }).end();
    },
    '/big': (_req, res) => html(res, 'x'.repeat(200_000)),
    '/slow': (_req, res) => setTimeout(() => html(res, 'late'), 2000),
    '/boom': (_req, res) => res.writeHead(500).end('boom'),
    '/redirect-in': (_req, res) => res.writeHead(302, { location: '/' }).end(),
    '/redirect-out': (_req, res) => res.writeHead(302, { location: 'http://outside.invalid/' }).end(),
    '/login': (req, res, body) => {
      if (req.method === 'GET') return html(res, '<form method="post" action="/login"><input type="hidden" name="csrf" value="tok-42"><input name="user"><input type="password" name="pass"></form>');
      const form = new URLSearchParams(body);
      if (form.get('csrf') !== 'tok-42' || form.get('user') !== 'alice' || form.get('pass') !== 's3cret-pass') return res.writeHead(403).end('bad login');
      const sid = `sid-${nextSession++}-abcdef`;
      sessions.add(sid);
      res.writeHead(302, { location: '/private', 'set-cookie': `sid=${sid}; HttpOnly; Path=/` }).end();
    },
    '/private': (req, res) => {
      const sid = /sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
      if (!sid || !sessions.has(sid)) return res.writeHead(302, { location: '/login?next=/private' }).end();
      html(res, `<p>welcome back</p><p>key AKIAP3WRMGYJDHTXHTWS</p>`);
    },
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      hits.push(`${req.method} ${url.pathname}`);
      const handler = routes[url.pathname];
      if (handler) handler(req, res, Buffer.concat(chunks).toString());
      else res.writeHead(404).end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    dropSessions: () => sessions.clear(),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function html(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html><body>${body}</body></html>`);
}
