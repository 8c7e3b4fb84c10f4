import { createSign, randomUUID, X509Certificate } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';

export interface TokenServer {
  url: string;
  host: string;
  /** Every request's Authorization header (or undefined) and query, for assertions. */
  requests: { authorization?: string; query: string; form?: string }[];
  stop(): Promise<void>;
}

export interface TokenServerOptions {
  keyPem: string;
  certPem: string;
  user: { username: string; password: string };
  issuer: string;
  service: string;
  /** A refresh token accepted by the OAuth2 refresh-token grant (what `docker login` stores as identitytoken). */
  identityToken?: string;
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/** `repository:NAME:pull,push` → the access claim a Distribution token carries. */
function accessFor(scope: string | null): { type: string; name: string; actions: string[] }[] {
  if (!scope) return [];
  return scope.split(' ').map((s) => {
    const [type, ...rest] = s.split(':');
    const actions = rest.pop()!.split(',');
    return { type: type!, name: rest.join(':'), actions };
  });
}

function authorized(req: IncomingMessage, user: TokenServerOptions['user']): boolean {
  const expected = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
  return req.headers.authorization === expected;
}

/**
 * A Docker token service (the registry's `auth.token` realm): checks basic credentials and returns an
 * RS256 JWT with the x5c chain the registry verifies against its rootcertbundle.
 */
export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const der = new X509Certificate(options.certPem).raw.toString('base64');
  const requests: TokenServer['requests'] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const form = new URLSearchParams(body);
    requests.push({ ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), query: url.search, ...(body ? { form: body } : {}) });
    const refreshOk = req.method === 'POST' && form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === options.identityToken;
    if (req.method === 'POST' && refreshOk) {
      for (const key of ['service', 'scope']) url.searchParams.set(key, form.get(key) ?? '');
    }
    if (!refreshOk && !authorized(req, options.user)) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5c: [der] }));
    const claims = b64url(
      JSON.stringify({ iss: options.issuer, sub: options.user.username, aud: url.searchParams.get('service') ?? options.service, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access: accessFor(url.searchParams.get('scope')) }),
    );
    const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(options.keyPem).toString('base64url');
    const token = `${header}.${claims}.${signature}`;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(refreshOk ? { access_token: token, expires_in: 300 } : { token, expires_in: 300 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
