import { afterEach, describe, expect, it } from 'vitest';
import { ExternalServiceError, PatchlineError } from '../../core/errors.js';
import { fetchSonarQube } from './client.js';
import { importSonarQube, parseSonarQubeRef } from './import-ref.js';
import { ISSUE_TOTAL, TOKEN, sendJson, sonarqube, startServer, type FakeServer, type Handler } from './testdata/fake-sonarqube.js';

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler): Promise<FakeServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}

const ref = (s: FakeServer, key = 'shop') => `sonarqube+http://${s.url.slice('http://'.length)}/${key}`;
const withToken = { env: { SONAR_TOKEN: TOKEN }, timeoutMs: 2000 };

/** Awaits a rejection and checks the one rule every failure keeps: the token is not in the message. */
async function failure(promise: Promise<unknown>): Promise<PatchlineError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PatchlineError);
  const message = (err as Error).message;
  expect(message).not.toContain(TOKEN);
  expect(message).not.toContain(Buffer.from(`${TOKEN}:`).toString('base64'));
  expect(message).not.toContain(TOKEN.slice(4, 20));
  return err as PatchlineError;
}

describe('importSonarQube against a server that answers as the Web API docs describe', () => {
  it('pages through 3 issue pages, reads hotspots and the quality gate, sends the token as HTTP Basic', async () => {
    const s = await serve(sonarqube);
    const out = await importSonarQube(ref(s), withToken);

    const searches = s.requests.filter((r) => r.path === '/api/issues/search');
    expect(searches.map((r) => r.params.get('p'))).toEqual(['1', '2', '3']);
    for (const r of searches) {
      expect(Object.fromEntries(r.params)).toMatchObject({ componentKeys: 'shop', components: 'shop', types: 'VULNERABILITY', resolved: 'false', ps: '500' });
    }
    expect(Object.fromEntries(s.requests.find((r) => r.path === '/api/hotspots/search')!.params)).toMatchObject({ projectKey: 'shop', project: 'shop' });
    expect(s.requests.map((r) => r.path)).toContain('/api/hotspots/search');
    expect(s.requests.map((r) => r.path)).toContain('/api/qualitygates/project_status');
    expect(new Set(s.requests.map((r) => r.authorization))).toEqual(new Set([`Basic ${Buffer.from(`${TOKEN}:`).toString('base64')}`]));

    // 1203 issues, every fourth a CODE_SMELL (300 of them) + 2 hotspots.
    expect(out.findings).toHaveLength(ISSUE_TOTAL - 300 + 2);
    expect(out.issues).toContainEqual(expect.objectContaining({ code: 'sonarqube-not-security', message: expect.stringContaining('skipped 300 ') }));
    expect(out.findings[0]).toMatchObject({
      ruleId: 'sonarqube:pythonsecurity:S3649',
      title: 'Database queries should not be vulnerable to injection attacks',
      severity: 'critical',
      confidence: 'high',
      cwe: ['CWE-89'],
      location: { kind: 'file', path: 'src/module0.py', startLine: 1, startColumn: 5, endColumn: 21 },
      fingerprintContent: 'pythonsecurity:S3649:h0',
    });
    expect(out.findings.find((f) => f.fingerprintContent === 'pythonsecurity:S2076:h1')).toMatchObject({ severity: 'high', cwe: ['CWE-78'] });
    const hotspots = out.findings.filter((f) => f.tags?.includes('security-hotspot'));
    expect(hotspots.map((f) => [f.ruleId, f.severity, f.confidence, f.cwe[0], f.location.kind === 'file' && f.location.path])).toEqual([
      ['sonarqube:python:S4507', 'low', 'low', 'CWE-489', 'src/settings.py'],
      ['sonarqube:python:S2068', 'high', 'high', 'CWE-798', 'src/auth.py'],
    ]);
    expect(hotspots[1]?.suppression?.status).toBe('active');
    expect(out.properties).toMatchObject({ 'sonarqube.qualityGate': 'ERROR', 'sonarqube.project': 'shop' });
    expect(out.properties?.['sonarqube.qualityGate.failedConditions']).toBe('new_security_rating GT 1 (actual 5, ERROR)');
    expect(out.issues).toContainEqual(expect.objectContaining({ code: 'sonarqube-insecure' }));
    expect(JSON.stringify(out)).not.toContain(TOKEN);
  });

  it('imports bugs and code smells too when asked', async () => {
    const s = await serve(sonarqube);
    const out = await importSonarQube(ref(s), { ...withToken, includeNonSecurity: true });
    expect(s.requests.find((r) => r.path === '/api/issues/search')?.params.get('types')).toBe('VULNERABILITY,BUG,CODE_SMELL');
    expect(out.findings).toHaveLength(ISSUE_TOTAL + 2);
    const smell = out.findings.find((f) => f.ruleId === 'sonarqube:python:S1144');
    expect(smell?.tags).toContain('code-smell');
    expect(smell?.tags).not.toContain('security');
  });

  it('passes the branch from the reference', async () => {
    const s = await serve(sonarqube);
    await importSonarQube(`${ref(s)}?branch=release-2`, withToken);
    expect(s.requests.every((r) => r.params.get('branch') === 'release-2')).toBe(true);
  });

  it('401 without a token or with the wrong one: says to set SONAR_TOKEN', async () => {
    const s = await serve(sonarqube);
    const none = await failure(importSonarQube(ref(s), { env: {}, timeoutMs: 2000 }));
    expect(none).toBeInstanceOf(ExternalServiceError);
    expect(none.message).toMatch(/HTTP 401.*Authentication is required.*SONAR_TOKEN/);
    expect(s.requests[0]?.authorization).toBeUndefined();
    const wrong = await failure(importSonarQube(ref(s), { token: `${TOKEN}x`, timeoutMs: 2000 }));
    expect(wrong.message).toMatch(/HTTP 401/);
  });

  it('404 for an unknown project names the project key and the base URL', async () => {
    const s = await serve(sonarqube);
    const err = await failure(importSonarQube(ref(s, 'nope'), withToken));
    expect(err.message).toMatch(/HTTP 404.*Component key 'nope' not found.*base URL.*project key "nope"/);
  });

  it('403 says which permission is missing', async () => {
    const s = await serve((_u, _q, res) => sendJson(res, 403, { errors: [{ msg: 'Insufficient privileges' }] }));
    const err = await failure(importSonarQube(ref(s), withToken));
    expect(err.message).toMatch(/HTTP 403.*Browse permission on project key "shop"/);
  });
});

describe('fetchSonarQube against hostile servers', () => {
  const opts = (s: FakeServer) => ({ baseUrl: s.url, projectKey: 'shop', token: TOKEN, timeoutMs: 300 });

  it('gives up on a server that never answers, within the timeout', async () => {
    const s = await serve(() => undefined);
    const started = Date.now();
    const err = await failure(fetchSonarQube(opts(s)));
    expect(err.message).toMatch(/did not answer \/api\/issues\/search within 300 ms/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('gives up on a body that stalls half-way', async () => {
    const s = await serve((_u, _q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"paging":{"pageIndex":1,');
    });
    const err = await failure(fetchSonarQube(opts(s)));
    expect(err.message).toMatch(/within 300 ms/);
  });

  it('stops a server that pages forever at the page cap, with an issue, keeping what it read', async () => {
    const s = await serve((url, _q, res) => {
      const p = Number(url.searchParams.get('p'));
      if (url.pathname === '/api/qualitygates/project_status') return sendJson(res, 200, { projectStatus: { status: 'OK', conditions: [] } });
      const items = Array.from({ length: 500 }, (_, i) => ({ key: `K${p}-${i}`, rule: 'java:S3649', component: 'shop:A.java', type: 'VULNERABILITY', vulnerabilityProbability: 'LOW' }));
      const body = url.pathname === '/api/issues/search' ? { issues: items } : { hotspots: items };
      sendJson(res, 200, { ...body, paging: { pageIndex: p, pageSize: 500, total: p * 500 + 1 } });
    });
    const result = await fetchSonarQube({ ...opts(s), maxPages: 4 });
    expect(s.requests.filter((r) => r.path === '/api/issues/search')).toHaveLength(4);
    expect(s.requests.filter((r) => r.path === '/api/hotspots/search')).toHaveLength(4);
    expect(result.issuePages.flatMap((p) => p.issues)).toHaveLength(2000);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'sonarqube-truncated', message: expect.stringContaining('read 2000 of 2001 results; the 4-page limit') }),
      expect.objectContaining({ code: 'sonarqube-truncated', message: expect.stringContaining('api/hotspots/search') }),
    ]);
  });

  it('stops at SonarQube’s own 10,000-result limit with the default cap', async () => {
    const s = await serve((url, _q, res) => {
      const p = Number(url.searchParams.get('p'));
      if (url.pathname !== '/api/issues/search') return sendJson(res, 500, {});
      sendJson(res, 200, { issues: [{ rule: 'java:S2076', component: 'shop:A.java', type: 'VULNERABILITY' }], paging: { pageIndex: p, pageSize: 500, total: 50_000 } });
    });
    await failure(fetchSonarQube({ ...opts(s), maxPages: 1000 }));
    expect(s.requests.filter((r) => r.path === '/api/issues/search')).toHaveLength(20);
  });

  it('garbage: an HTML page, or JSON of the wrong shape, says what to check', async () => {
    const html = await serve((_u, _q, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body>Please log in</body></html>');
    });
    const a = await failure(fetchSonarQube(opts(html)));
    expect(a).toBeInstanceOf(ExternalServiceError);
    expect(a.message).toMatch(/did not answer JSON for \/api\/issues\/search \(got text\/html\).*base URL.*token/);
    const shape = await serve((_u, _q, res) => sendJson(res, 200, { hello: 'world' }));
    const b = await failure(fetchSonarQube(opts(shape)));
    expect(b.message).toMatch(/not a SonarQube api\/issues\/search answer.*base URL.*token.*project key "shop"/);
  });

  it('leaves out issues of other projects when a server ignores the project filter', async () => {
    const s = await serve((url, _q, res) => {
      if (url.pathname === '/api/qualitygates/project_status') return sendJson(res, 200, { projectStatus: { status: 'NONE' } });
      if (url.pathname === '/api/hotspots/search') return sendJson(res, 200, { hotspots: [], paging: { pageIndex: 1, pageSize: 500, total: 0 } });
      const issues = ['shop', 'secret-project', 'shop'].map((project, i) => ({ key: `K${i}`, rule: 'java:S2076', component: `${project}:A.java`, project, type: 'VULNERABILITY' }));
      sendJson(res, 200, { issues, paging: { pageIndex: 1, pageSize: 500, total: 3 } });
    });
    const result = await fetchSonarQube(opts(s));
    expect(result.issuePages[0]?.issues.map((i) => i.key)).toEqual(['K0', 'K2']);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'sonarqube-foreign', message: expect.stringContaining('1 issue(s) of other projects') })]);
    expect(result.qualityGate).toEqual({ status: 'NONE', conditions: [] });
  });

  it('refuses a body above the size cap', async () => {
    const s = await serve((_u, _q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"issues":[],"pad":"${'x'.repeat(200_000)}"}`);
    });
    const err = await failure(fetchSonarQube({ ...opts(s), maxBytes: 100_000 }));
    expect(err.message).toMatch(/more than 100000 bytes/);
  });

  it('does not follow a redirect to another host, so the token never reaches it', async () => {
    const elsewhere = await serve(sonarqube);
    const s = await serve((url, _q, res) => {
      res.writeHead(302, { location: `${elsewhere.url}${url.pathname}${url.search}` });
      res.end();
    });
    const err = await failure(fetchSonarQube(opts(s)));
    expect(err.message).toMatch(/redirected \/api\/issues\/search to http:\/\/127\.0\.0\.1:\d+; not followed/);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('follows a redirect within the same origin (a context path), token included', async () => {
    const s = await serve((url, req, res) => {
      if (!url.pathname.startsWith('/sonar/')) {
        res.writeHead(301, { location: `/sonar${url.pathname}${url.search}` });
        return res.end();
      }
      req.url = `${url.pathname.slice('/sonar'.length)}${url.search}`;
      sonarqube(new URL(req.url, 'http://127.0.0.1'), req, res);
    });
    const result = await fetchSonarQube(opts(s));
    expect(result.qualityGate.status).toBe('ERROR');
    expect(s.requests.filter((r) => r.path.startsWith('/sonar/')).every((r) => r.authorization?.startsWith('Basic '))).toBe(true);
  });

  it('redacts the token when a server echoes it back in an error', async () => {
    const s = await serve((_u, req, res) => sendJson(res, 500, { errors: [{ msg: `bad credentials ${req.headers.authorization} for ${TOKEN}` }] }));
    const err = await failure(fetchSonarQube(opts(s)));
    expect(err.message).toMatch(/HTTP 500/);
  });

  it('refuses base URLs that are not http(s) or carry credentials, and an unreachable server is an ExternalServiceError', async () => {
    await failure(fetchSonarQube({ baseUrl: 'file:///etc/passwd', projectKey: 'shop', token: TOKEN }));
    const creds = await failure(fetchSonarQube({ baseUrl: `https://admin:${TOKEN}@sonar.example.com`, projectKey: 'shop' }));
    expect(creds.message).toMatch(/SONAR_TOKEN/);
    const s = await serve(sonarqube);
    const url = s.url;
    await s.close();
    servers.splice(servers.indexOf(s), 1);
    const down = await failure(fetchSonarQube({ baseUrl: url, projectKey: 'shop', token: TOKEN, timeoutMs: 2000 }));
    expect(down).toBeInstanceOf(ExternalServiceError);
    expect(down.message).toMatch(/cannot reach SonarQube at http:\/\/127\.0\.0\.1:\d+/);
  });
});

describe('parseSonarQubeRef', () => {
  it('reads host, port, context path, project key and branch; https unless told otherwise', () => {
    expect(parseSonarQubeRef('sonarqube://sonar.example.com/shop')).toEqual({ baseUrl: 'https://sonar.example.com/', projectKey: 'shop' });
    expect(parseSonarQubeRef('sonarqube://sonar.example.com:9000/com.acme:shop', true)).toEqual({ baseUrl: 'http://sonar.example.com:9000/', projectKey: 'com.acme:shop' });
    expect(parseSonarQubeRef('sonarqube+http://h:9000/sonar/my%2Fkey?branch=dev')).toEqual({ baseUrl: 'http://h:9000/sonar/', projectKey: 'my/key', branch: 'dev' });
    expect(() => parseSonarQubeRef('sonarqube://host')).toThrow(/sonarqube:\/\/HOST/);
    expect(() => parseSonarQubeRef('https://host/shop')).toThrow(/not a SonarQube reference/);
    expect(() => parseSonarQubeRef('sonarqube://user:pw@host/shop')).toThrow(/not a SonarQube reference/);
  });
});
