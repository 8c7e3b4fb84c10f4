import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, escapeHtml, html, point, startServer, type TestServer } from '../shared/testing.js';
import { codeInjectionRule as rule } from './index.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const v = req.params.v ?? '';
    try {
      // ruleid: web.code-injection (a greeting built as JavaScript source and evaluated)
      if (req.url.pathname === '/greet') return html(res, escapeHtml(String((0, eval)(`'Hello ' + '${v}'`))));
      // ruleid: web.code-injection (a "calculator" that evaluates a numeric field)
      if (req.url.pathname === '/calc') return html(res, `= ${String((0, eval)(`${v}`))}`);
      // ok: web.code-injection (the value is data)
      if (req.url.pathname === '/safe') return html(res, escapeHtml(`Hello ${v}`));
    } catch (err) {
      return html(res, escapeHtml(String(err)), 500);
    }
    html(res, 'not found', 404);
  });
});

afterAll(() => server?.close());

describe('code-injection', () => {
  it('finds a value that breaks out of an evaluated string, and an evaluated number', async () => {
    const greet = await attack(rule, point(server.url, '/greet', 'query', 'v', 'ann'));
    expect(greet).toMatchObject([{ ruleId: 'web.code-injection', param: 'v' }]);
    expect(greet[0]!.message).toMatch(/^The server evaluated "ann'\+\(\d+\*\d+\)\+'" as code \(JavaScript string '…'\): the answer shows \d+/);
    const calc = await attack(rule, point(server.url, '/calc', 'form', 'v', '2'));
    expect(calc[0]!.message).toContain('(a numeric expression)');
  });

  it('reports nothing when the value is only data', async () => {
    expect(await attack(rule, point(server.url, '/safe', 'query', 'v', 'ann'))).toEqual([]);
  });
});
