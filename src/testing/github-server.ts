import { execFileSync } from 'node:child_process';
import { createPublicKey, createVerify } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the GitHub REST endpoints patchline uses, answering as GitHub documents them:
 * pulls list/create/update, issue labels, an App's installation lookup and token exchange (JWT checked
 * against the App's public key), 401/422 errors, and rate-limit answers queued by the test.
 */

export interface FakePull {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  head: string;
  base: string;
  labels: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  auth: string;
  body: unknown;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  /** Tokens accepted as `token X` / `bearer X`. */
  tokens?: string[];
  /** A bare repository standing for GitHub's copy: pull requests need their head branch pushed there. */
  bareRepo?: string;
  app?: { id: number; publicKeyPem: string; installationId: number };
}

export interface FakeGitHub {
  url: string;
  pulls: FakePull[];
  requests: RecordedRequest[];
  /** The next `times` requests get this answer instead (rate limits, outages). */
  failNext(times: number, status: number, headers?: Record<string, string>, message?: string): void;
  close(): Promise<void>;
}

type Reply = [status: number, data: unknown];

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const pulls: FakePull[] = [];
  const requests: RecordedRequest[] = [];
  const failures: { status: number; headers: Record<string, string>; message: string }[] = [];
  const tokens = new Set(options.tokens ?? []);
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const path = req.url ?? '/';
      requests.push({ method: req.method ?? 'GET', path, auth: req.headers.authorization ?? '', body });
      const failure = failures.shift();
      if (failure) return send(res, failure.status, { message: failure.message, documentation_url: 'https://docs.github.com/rest' }, failure.headers);
      const [status, data] = route(req.method ?? 'GET', new URL(path, 'http://x'), req.headers.authorization ?? '', body);
      send(res, status, data);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function route(method: string, u: URL, auth: string, body: any): Reply {
    const repoPath = `/repos/${options.owner}/${options.repo}`;
    if (u.pathname === `${repoPath}/installation` || u.pathname.startsWith('/app/')) return appRoute(method, u, auth);
    const [kind, token] = auth.split(' ');
    if (!/^(token|bearer)$/i.test(kind ?? '') || !tokens.has(token ?? '')) return [401, { message: 'Bad credentials' }];
    if (method === 'GET' && u.pathname === `${repoPath}/pulls`) return [200, listPulls(u).map(view)];
    if (method === 'POST' && u.pathname === `${repoPath}/pulls`) return createPull(body);
    const pr = /^\/repos\/[^/]+\/[^/]+\/(pulls|issues)\/(\d+)(\/labels)?$/.exec(u.pathname);
    const found = pr && pulls.find((p) => p.number === Number(pr[2]));
    if (!pr || !found) return [404, { message: 'Not Found' }];
    if (method === 'PATCH' && pr[1] === 'pulls' && !pr[3]) {
      if (typeof body.title === 'string') found.title = body.title;
      if (typeof body.body === 'string') found.body = body.body;
      return [200, view(found)];
    }
    if (method === 'POST' && pr[1] === 'issues' && pr[3]) {
      for (const l of body.labels ?? []) if (!found.labels.includes(l)) found.labels.push(l);
      return [200, found.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false }))];
    }
    return [404, { message: 'Not Found' }];
  }

  function listPulls(u: URL): FakePull[] {
    const state = u.searchParams.get('state') ?? 'open';
    const head = u.searchParams.get('head');
    const perPage = Number(u.searchParams.get('per_page') ?? 30);
    const page = Number(u.searchParams.get('page') ?? 1);
    return pulls
      .filter((p) => (state === 'all' || p.state === state) && (!head || `${options.owner}:${p.head}` === head))
      .slice((page - 1) * perPage, page * perPage);
  }

  function createPull(body: any): Reply {
    if (!body?.title || !body.head || !body.base) return [422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'missing_field' }] }];
    if (options.bareRepo && !headSha(body.head)) {
      return [422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] }];
    }
    if (pulls.some((p) => p.state === 'open' && p.head === body.head)) {
      return [422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${options.owner}:${body.head}.` }] }];
    }
    const pr: FakePull = { number: pulls.length + 1, title: body.title, body: body.body ?? '', state: 'open', head: body.head, base: body.base, labels: [] };
    pulls.push(pr);
    return [201, view(pr)];
  }

  function headSha(branch: string): string | undefined {
    try {
      return execFileSync('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`], { cwd: options.bareRepo, encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  }

  function view(p: FakePull): object {
    const html = `https://github.example/${options.owner}/${options.repo}/pull/${p.number}`;
    return {
      url: `${url}/repos/${options.owner}/${options.repo}/pulls/${p.number}`,
      html_url: html,
      number: p.number,
      state: p.state,
      title: p.title,
      body: p.body,
      labels: p.labels.map((name) => ({ name })),
      head: { label: `${options.owner}:${p.head}`, ref: p.head, sha: (options.bareRepo && headSha(p.head)) ?? '0'.repeat(40) },
      base: { label: `${options.owner}:${p.base}`, ref: p.base },
    };
  }

  function appRoute(method: string, u: URL, auth: string): Reply {
    const app = options.app;
    if (!app || !validJwt(auth, app)) return [401, { message: 'A JSON web token could not be decoded' }];
    if (method === 'GET' && u.pathname.endsWith('/installation')) return [200, { id: app.installationId, app_id: app.id, target_type: 'Organization' }];
    if (method === 'POST' && u.pathname === `/app/installations/${app.installationId}/access_tokens`) {
      const token = `ghs_installation${tokens.size}`;
      tokens.add(token);
      return [201, { token, expires_at: new Date(Date.now() + 3_600_000).toISOString(), permissions: { contents: 'write', pull_requests: 'write' } }];
    }
    return [404, { message: 'Not Found' }];
  }

  return {
    url,
    pulls,
    requests,
    failNext(times, status, headers = {}, message = 'API rate limit exceeded') {
      for (let i = 0; i < times; i++) failures.push({ status, headers, message });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function validJwt(auth: string, app: { id: number; publicKeyPem: string }): boolean {
  const m = /^bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/i.exec(auth);
  if (!m) return false;
  const ok = createVerify('RSA-SHA256').update(`${m[1]}.${m[2]}`).verify(createPublicKey(app.publicKeyPem), Buffer.from(m[3]!, 'base64url'));
  const claims = JSON.parse(Buffer.from(m[2]!, 'base64url').toString('utf8')) as { iss?: string; exp?: number; iat?: number };
  const now = Date.now() / 1000;
  return ok && claims.iss === String(app.id) && (claims.exp ?? 0) > now && (claims.iat ?? Infinity) <= now && (claims.exp ?? 0) - (claims.iat ?? 0) <= 600;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': 'FAKE:1', ...headers });
  res.end(JSON.stringify(data));
}
