import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, escapeHtml, html, point, startServer, type TestServer } from '../shared/testing.js';
import { sqlInjection } from './index.js';

/** A real SQLite database behind handlers that build SQL as text (vulnerable) or bind parameters (safe). */
const db = new Database(':memory:');
db.exec("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, bio TEXT); INSERT INTO users (name, bio) VALUES ('alice', 'likes cats'), ('bob', 'likes dogs');");
// MySQL's SLEEP(), so a time-based probe has something to find; it blocks like a database would.
db.function('SLEEP', (s: number) => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(s) * 1000);
  return 0;
});

const rule = sqlInjection({ sleepSeconds: 1 });
let server: TestServer;

function rows(sql: string, params: unknown[] = []): { name: string; bio: string }[] {
  return db.prepare(sql).all(...params) as { name: string; bio: string }[];
}

function list(found: { name: string; bio: string }[]): string {
  return `<ul>${found.map((r) => `<li>${escapeHtml(r.name)}: ${escapeHtml(r.bio)}</li>`).join('')}</ul>`;
}

beforeAll(async () => {
  server = await startServer((req, res) => {
    const p = req.params;
    const path = req.url.pathname;
    try {
      // ruleid: web.sql-injection (the error shows, like a debug page)
      if (path === '/search') return html(res, `Results for ${escapeHtml(p.q ?? '')}${list(rows(`SELECT name, bio FROM users WHERE bio LIKE '%${p.q}%'`))}`);
      // ruleid: web.sql-injection (numeric, errors hidden: only true/false conditions tell)
      if (path === '/item') return html(res, list(rows(`SELECT name, bio FROM users WHERE id = ${p.id}`)));
      // ruleid: web.sql-injection (JSON body and cookie, quoted, errors hidden)
      if (path === '/api/user' || path === '/me') return html(res, list(rows(`SELECT name, bio FROM users WHERE name = '${p.name ?? p.session}'`)));
      // ruleid: web.sql-injection (the page is the same whatever the query finds: only a delay tells)
      if (path === '/audit') {
        rows(`SELECT name FROM users WHERE name = '${p.who}'`);
        return html(res, 'Recorded.');
      }
      // ok: web.sql-injection (bound parameters)
      if (path === '/safe') return html(res, `Results for ${escapeHtml(p.q ?? '')}${list(rows('SELECT name, bio FROM users WHERE bio LIKE ?', [`%${p.q}%`]))}`);
      // ok: web.sql-injection (a number is parsed before it reaches SQL)
      if (path === '/safe-item') return html(res, list(rows('SELECT name, bio FROM users WHERE id = ?', [Number.parseInt(p.id ?? '', 10) || 0])));
      html(res, 'not found', 404);
    } catch (err) {
      if (path === '/search') return html(res, `<pre>Traceback (most recent call last):\nsqlite3.OperationalError: ${escapeHtml((err as Error).message)}</pre>`, 500);
      html(res, 'Something went wrong.', 500);
    }
  });
});

afterAll(async () => {
  await server?.close();
  db.close();
});

describe('sql-injection', () => {
  it('finds an error-based injection and confirms it with a balanced quote', async () => {
    const hits = await attack(rule, point(server.url, '/search', 'query', 'q', 'cats'));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ ruleId: 'web.sql-injection', url: `${server.url}/search?q=cats`, method: 'GET', param: 'q', confidence: 'high' });
    expect(hits[0]!.message).toMatch(/^A ' in the value makes the application show a SQLite error, and '' does not/);
    expect(hits[0]!.evidence).toContain('sqlite3.OperationalError');
    expect(hits[0]!.exchange.request.url).toBe(`${server.url}/search?q=cats%27`);
    expect(hits[0]!.exchange.response.status).toBe(500);
  });

  it('finds boolean-based injections when errors are hidden: numeric query, JSON body, cookie', async () => {
    const numeric = await attack(rule, point(server.url, '/item', 'query', 'id', '1'));
    expect(numeric).toMatchObject([{ param: 'id', confidence: 'medium' }]);
    expect(numeric[0]!.evidence).toBe('true: 1 AND 1=1\nfalse: 1 AND 1=2');
    const json = await attack(rule, point(server.url, '/api/user', 'json', 'name', 'alice'));
    expect(json).toMatchObject([{ param: 'name', method: 'POST' }]);
    expect(json[0]!.message).toContain('(the JSON field name)');
    const cookie = await attack(rule, point(server.url, '/me', 'cookie', 'session', 'bob'));
    expect(cookie).toMatchObject([{ param: 'session' }]);
  });

  it('finds a time-based injection only a delay shows, confirmed by a zero-delay control and a doubled delay', async () => {
    const hits = await attack(rule, point(server.url, '/audit', 'form', 'who', 'alice'));
    expect(hits).toMatchObject([{ param: 'who', method: 'POST', evidence: "alice' AND SLEEP(1) AND '1'='1" }]);
    expect(hits[0]!.message).toMatch(/MySQL delay .* answered in \d+ ms, 2 s in \d+ ms, the same payload with no delay in \d+ ms/);
  });

  it('reports nothing on bound parameters and parsed numbers', async () => {
    expect(await attack(rule, point(server.url, '/safe', 'query', 'q', 'cats'))).toEqual([]);
    expect(await attack(rule, point(server.url, '/safe-item', 'query', 'id', '1'))).toEqual([]);
  });
});
