import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSafe } from '../../../importers/report-fields.js';
import { checkRegistry } from '../../../testing/registry-contract.js';
import type { InjectionPoint } from '../types.js';
import { activeRules } from './registry.js';
import { attack, escapeHtml, html, point, startServer, type TestRequest, type TestServer } from './shared/testing.js';

/** SQL and shell words that change or destroy data, and the methods that do. */
const DESTRUCTIVE = /\b(drop|delete|truncate|update|insert|alter|shutdown)\b|\brm\s+-|\bmkfs\b|\bdd\s+if=|>\s*\/|\bkill\b|\breboot\b/i;

let server: TestServer;
const received: TestRequest[] = [];

beforeAll(async () => {
  // A well-behaved application: it shows every value, escaped, and does nothing else with it.
  server = await startServer((req, res) => {
    received.push(req);
    html(res, `<form><input name="q" value="${escapeHtml(req.params.q ?? '')}"></form><p>${escapeHtml(Object.values(req.params).join(' '))}</p>`);
  });
});

afterAll(() => server?.close());

function everyLocation(): InjectionPoint[] {
  return [
    point(server.url, '/page', 'query', 'q', 'cats'),
    point(server.url, '/page', 'form', 'url', 'https://example.com/'),
    point(server.url, '/api', 'json', 'next', '/home'),
    point(server.url, '/', 'cookie', 'session', 'abc'),
    point(server.url, '/', 'header', 'referer', 'http://x/'),
    point(server.url, '/patchline-not-found', 'path', 'path', 'patchline-not-found'),
  ];
}

describe('active DAST rule registry', () => {
  it('registers every rule folder under its own id, with tests', () => {
    checkRegistry(path.dirname(new URL(import.meta.url).pathname), activeRules);
  });

  it('gives every rule web metadata: a web.* id, a CWE, help and the ZAP alert ids it matches', () => {
    for (const rule of activeRules) {
      expect(rule.rules.length, rule.meta.id).toBeGreaterThan(0);
      for (const meta of rule.rules) {
        expect(meta.id, rule.meta.id).toMatch(/^web\.[a-z-]+$/);
        expect(meta.category).toBe('web');
        expect(meta.cwe, meta.id).toEqual([expect.stringMatching(/^CWE-\d+$/)]);
        expect(meta.help.length, meta.id).toBeGreaterThan(20);
        expect(meta.tags?.some((t) => /^zap:\d+$/.test(t)), meta.id).toBe(true);
      }
    }
  });
});

describe.each(activeRules.map((r) => [r.meta.id, r] as const))('active rule %s on a safe application', (_id, rule) => {
  it('finds nothing, sends only GET and POST, and no payload that changes or destroys data', async () => {
    received.length = 0;
    for (const p of everyLocation().filter((q) => rule.applies?.(q) ?? true)) {
      expect(await attack(rule, p), `${p.location} ${p.name}`).toEqual([]);
    }
    for (const req of received) {
      expect(['GET', 'POST']).toContain(req.method);
      const sent = decodeSafe(`${req.url.pathname}${req.url.search} ${req.body} ${req.headers.cookie ?? ''} ${req.headers.referer ?? ''}`);
      expect(sent, rule.meta.id).not.toMatch(DESTRUCTIVE);
    }
  });

  it('sends nothing once the scan is stopped', async () => {
    received.length = 0;
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    const client = { send: () => Promise.reject(new Error('must not send')), inScope: () => true, requestCount: 0, signal: controller.signal };
    await expect(rule.attack(everyLocation()[0]!, client, controller.signal)).rejects.toThrow('stopped');
    expect(received).toEqual([]);
  });
});
