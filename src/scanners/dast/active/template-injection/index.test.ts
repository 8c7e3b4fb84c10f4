import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, escapeHtml, html, point, startServer, type TestServer } from '../shared/testing.js';
import { templateInjectionRule as rule } from './index.js';

/** lodash's template engine, a real one: `<%= %>`, `${}` and, with its settings, `{{ }}`. */
type Compile = (source: string, options?: { interpolate?: RegExp }) => (data?: object) => string;
const template = createRequire(import.meta.url)('lodash/template') as Compile;
const MUSTACHE = /{{([\s\S]+?)}}/g;

let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const { pathname } = req.url;
    const name = req.params.name ?? '';
    // ruleid: web.template-injection (the value is part of the template source)
    if (pathname === '/greet') return html(res, template(`Hello ${name}!`)());
    // ok: web.template-injection (the value is a variable of a fixed template)
    if (pathname === '/safe') return html(res, template('Hello <%- name %>!')({ name }));
    // ruleid: web.template-injection (a not-found page that puts the path into its template, like the demo's)
    html(res, template(`Nothing at <code>${escapeHtml(decodeURIComponent(pathname))}</code>`, { interpolate: MUSTACHE })(), 404);
  });
});

afterAll(() => server?.close());

describe('template-injection', () => {
  it('finds a value evaluated by the template engine, confirmed with other numbers', async () => {
    const hits = await attack(rule, point(server.url, '/greet', 'query', 'name', 'ann'));
    expect(hits).toMatchObject([{ ruleId: 'web.template-injection', param: 'name' }]);
    expect(hits[0]!.message).toMatch(/^The template engine evaluated "ann\$\{\d+\*\d+\}" \(\$\{…\} .*\): the answer shows \d{5,6} \(the query parameter name\)$/);
  });

  it('finds the not-found page that renders its path, through the last path segment', async () => {
    const hits = await attack(rule, point(server.url, '/no-such-page', 'path', '', 'no-such-page'));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.param).toBeUndefined();
    expect(hits[0]!.exchange.request.url).toMatch(/\/no-such-page%7B%7B\d+\*\d+%7D%7D$/);
    expect(hits[0]!.message).toContain('(the last path segment)');
  });

  it('reports nothing when the value is a template variable', async () => {
    expect(await attack(rule, point(server.url, '/safe', 'query', 'name', 'ann'))).toEqual([]);
  });
});
