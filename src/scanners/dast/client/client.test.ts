import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExternalServiceError, OutOfScopeError, ScanStoppedError } from '../../../core/errors.js';
import { httpEvidence } from '../evidence.js';
import { startTestApp, type TestApp } from '../testdata/test-app.js';
import { createDastClient, type ClientOptions } from './client.js';
import { DEFAULT_LIMITS, type ClientLimits } from './options.js';
import { createScope } from './scope.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

function client(limits: Partial<ClientLimits> = {}, extra: Partial<ClientOptions> = {}) {
  return createDastClient({
    scope: createScope(app.base, { exclude: ['/admin/**'] }),
    limits: { ...DEFAULT_LIMITS, requestsPerSecond: 1000, ...limits },
    auth: { headers: {}, cookies: {} },
    ...extra,
  });
}

describe('DastClient', () => {
  it('refuses other hosts, ports, schemes, excluded paths and destructive methods without sending', async () => {
    const c = client();
    const before = app.hits.length;
    const port = Number(new URL(app.base).port);
    for (const url of ['http://outside.invalid/', `http://127.0.0.1:${port + 1}/`, `https://127.0.0.1:${port}/`, `${app.base}/admin/users`]) {
      await expect(c.send({ method: 'GET', url })).rejects.toBeInstanceOf(OutOfScopeError);
    }
    await expect(c.send({ method: 'DELETE', url: `${app.base}/` })).rejects.toThrow(/add DELETE to dast.methods/);
    expect(app.hits.length).toBe(before);
    expect(c.requestCount).toBe(0);
    const allowed = client({}, { extraMethods: ['DELETE'] });
    expect((await allowed.send({ method: 'DELETE', url: `${app.base}/` })).response.status).toBe(200);
  });

  it('stops at the request cap and says why', async () => {
    const c = client({ maxRequests: 2 });
    await c.send({ method: 'GET', url: `${app.base}/` });
    await c.send({ method: 'GET', url: `${app.base}/` });
    await expect(c.send({ method: 'GET', url: `${app.base}/` })).rejects.toBeInstanceOf(ScanStoppedError);
    expect(c.stopReason).toMatch(/sent its 2 requests \(dast.limits.maxRequests\)/);
    expect(c.requestCount).toBe(2);
  });

  it('truncates bodies at the size limit and flags it', async () => {
    const exchange = await client({ maxBodyBytes: 1000 }).send({ method: 'GET', url: `${app.base}/big` });
    expect(exchange.response.body.length).toBe(1000);
    expect(exchange.response.truncated).toBe(true);
    const whole = await client().send({ method: 'GET', url: `${app.base}/` });
    expect(whole.response.truncated).toBe(false);
  });

  it('times out slow answers and stops after repeated failures', async () => {
    const c = client({ timeoutMs: 100, maxErrors: 3 });
    await expect(c.send({ method: 'GET', url: `${app.base}/slow` })).rejects.toThrow(/no answer from .* within 100 ms/);
    await expect(c.send({ method: 'GET', url: `${app.base}/slow` })).rejects.toBeInstanceOf(ExternalServiceError);
    expect((await c.send({ method: 'GET', url: `${app.base}/boom` })).response.status).toBe(500);
    expect(c.stopReason).toMatch(/3 .* in a row \(dast.limits.maxErrors\)/);
    await expect(c.send({ method: 'GET', url: `${app.base}/` })).rejects.toBeInstanceOf(ScanStoppedError);
  });

  it('follows redirects inside the scope only', async () => {
    const c = client();
    const inside = await c.send({ method: 'GET', url: `${app.base}/redirect-in` }, { followRedirects: true });
    expect(inside.request.url).toBe(`${app.base}/`);
    const outside = await c.send({ method: 'GET', url: `${app.base}/redirect-out` }, { followRedirects: true });
    expect(outside.response.status).toBe(302);
    expect(outside.request.url).toBe(`${app.base}/redirect-out`);
    const manual = await c.send({ method: 'GET', url: `${app.base}/redirect-in` });
    expect(manual.response.status).toBe(302);
  });

  it('logs in with the recipe (hidden CSRF field included) and again when the session drops', async () => {
    const login = { url: `${app.base}/login`, method: 'POST' as const, fields: { user: 'alice', pass: 's3cret-pass' } };
    const c = client({}, { auth: { headers: {}, cookies: {}, login } });
    await c.start();
    expect(c.problems).toEqual([]);
    expect((await c.send({ method: 'GET', url: `${app.base}/private` })).response.body).toContain('welcome back');
    app.dropSessions();
    const again = await c.send({ method: 'GET', url: `${app.base}/private` });
    expect(again.response.body).toContain('welcome back');
    expect(app.hits.filter((h) => h === 'POST /login').length).toBe(2);
  });

  it('reports a login that does not work', async () => {
    const login = { url: `${app.base}/login`, method: 'POST' as const, fields: { user: 'alice', pass: 'wrong' } };
    const c = client({}, { auth: { headers: {}, cookies: {}, login } });
    await c.start();
    expect(c.problems.join('\n')).toMatch(/login at .*\/login did not succeed \(HTTP 403\)/);
  });

  it('sends configured headers and cookies, and redacts them, passwords and found secrets in evidence', async () => {
    const c = client({}, { auth: { headers: { Authorization: 'Bearer tok-0123456789' }, cookies: { sid: 'sid-zzz' } } });
    const exchange = await c.send({ method: 'POST', url: `${app.base}/login`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'user=alice&pass=s3cret-pass&csrf=tok-42' });
    expect(exchange.request.headers.authorization).toBe('Bearer tok-0123456789');
    const evidence = httpEvidence(exchange, ['s3cret-pass', 'tok-0123456789']);
    expect(evidence.request).toMatch(/^POST \/login HTTP\/1\.1\nhost: 127\.0\.0\.1:\d+\n/);
    expect(evidence.request).not.toContain('tok-0123456789');
    expect(evidence.request).not.toContain('s3cret-pass');
    expect(evidence.request).not.toContain('sid-zzz');
    expect(evidence.response).toMatch(/^HTTP\/1\.1 302\n/);
    expect(evidence.response).toMatch(/set-cookie: sid=sid-\*\*\*\* \(\d+ chars\); HttpOnly; Path=\//);
    const page = await c.send({ method: 'GET', url: `${app.base}/private` });
    expect(httpEvidence(page, []).response).not.toContain('AKIAP3WRMGYJDHTXHTWS');
  });
});
