import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../../../core/progress.js';
import { createDastClient } from '../client/client.js';
import { DEFAULT_LIMITS } from '../client/options.js';
import { createScope } from '../client/scope.js';
import { startTestApp, type TestApp } from '../testdata/test-app.js';
import type { HttpExchange } from '../types.js';
import { crawl, DEFAULT_CRAWL_LIMITS } from './crawl.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function crawlApp(options: { login?: boolean; maxPages?: number } = {}) {
  const login = { url: `${app.base}/login`, method: 'POST' as const, fields: { user: 'alice', pass: 's3cret-pass' } };
  const client = createDastClient({
    scope: createScope(app.base, { exclude: options.login ? ['**/logout'] : [] }),
    limits: { ...DEFAULT_LIMITS, requestsPerSecond: 1000 },
    auth: { headers: {}, cookies: {}, ...(options.login && { login }) },
  });
  await client.start();
  const seen: HttpExchange[] = [];
  const result = await crawl(client, `${app.base}/`, { ...DEFAULT_CRAWL_LIMITS, maxPages: options.maxPages ?? 100 }, (e) => seen.push(e), silentProgress);
  client.close();
  return { result, seen, client };
}

describe('crawl', () => {
  it('finds pages through links, forms, redirects, robots.txt and sitemap.xml', async () => {
    const { result, seen } = await crawlApp({ login: true });
    const paths = result.pages.map((p) => new URL(p).pathname);
    for (const path of ['/', '/private', '/item', '/search', '/hidden', '/from-sitemap', '/robots.txt', '/sitemap.xml']) expect(paths, path).toContain(path);
    expect(paths).not.toContain('/logout');
    expect(seen.every((e) => e.request.url.startsWith(app.base))).toBe(true);
    const search = result.pages.find((p) => p.includes('/search?'))!;
    expect(new URL(search).searchParams.get('mail')).toBe('patchline@example.com');
    expect(new URL(search).searchParams.get('sort')).toBe('new');
  });

  it('turns query parameters, form fields and cookies into injection points', async () => {
    const { result } = await crawlApp({ login: true });
    const points = result.points.map((p) => `${p.location}:${p.name}`);
    expect(points).toEqual(expect.arrayContaining(['query:id', 'query:q', 'query:mail', 'query:sort', 'cookie:sid', 'header:user-agent']));
    const id = result.points.find((p) => p.name === 'id')!;
    expect(id.request.method).toBe('GET');
    expect(id.value).toMatch(/^[12]$/);
  });

  it('keeps to the page limit', async () => {
    const { result } = await crawlApp({ maxPages: 3 });
    expect(result.pages.length).toBeLessThanOrEqual(3);
  });

  it('without a session, follows the login redirect and stays logged out', async () => {
    const { result } = await crawlApp();
    expect(result.points.map((p) => p.name)).not.toContain('sid');
  });
});
