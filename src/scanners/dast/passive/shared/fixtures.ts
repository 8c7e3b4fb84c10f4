import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { HttpExchange, PassiveRule } from '../../types.js';

/**
 * Recorded exchanges, one `.http` file each, annotated like rule fixtures:
 *
 *   # ruleid: web.csp-missing        (must fire)
 *   # ok: web.csp-weak               (must not fire)
 *   GET http://127.0.0.1:5000/ HTTP/1.1
 *   header: value
 *
 *   [request body]
 *   HTTP/1.1 200 OK
 *   header: value
 *
 *   body
 */
export function parseHttpFixture(text: string): { exchange: HttpExchange; ruleid: string[]; ok: string[] } {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const ruleid: string[] = [];
  const ok: string[] = [];
  while (lines[0]?.startsWith('#')) {
    const m = /^#\s*(ruleid|ok):\s*(\S+)/.exec(lines.shift()!);
    if (m) (m[1] === 'ruleid' ? ruleid : ok).push(m[2]!);
  }
  const [method = 'GET', url = ''] = lines.shift()!.split(' ');
  const request = { method, url, headers: readHeaders(lines) } as HttpExchange['request'];
  const responseAt = lines.findIndex((l) => /^HTTP\/1\.[01] \d{3}/.test(l));
  const requestBody = lines.splice(0, responseAt).join('\n');
  if (requestBody.trim()) request.body = requestBody.replace(/\n$/, '');
  const status = Number(lines.shift()!.split(' ')[1]);
  const headers = readHeaders(lines);
  const body = lines.join('\n');
  return { exchange: { request, response: { status, headers, body, truncated: false, timeMs: 1 } }, ruleid, ok };
}

/** Header lines up to the blank line (consumed); repeated names joined with "\n" as the client does. */
function readHeaders(lines: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let line = lines.shift(); line !== undefined && line !== ''; line = lines.shift()) {
    const i = line.indexOf(':');
    const name = line.slice(0, i).trim().toLowerCase();
    const value = line.slice(i + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}\n${value}`;
  }
  return headers;
}

/** Every fixture in the rule's testdata/ holds; every rule id has a must-fire and an ok fixture. */
export function checkRuleFixtures(rule: PassiveRule, ruleDir: string): void {
  const dir = path.join(ruleDir, 'testdata');
  const files = readdirSync(dir).filter((f) => f.endsWith('.http'));
  const fired = new Set<string>();
  const cleared = new Set<string>();
  for (const file of files) {
    const fixture = parseHttpFixture(readFileSync(path.join(dir, file), 'utf8'));
    const seen = new Set<string>();
    const ids = rule.check(fixture.exchange, { firstTime: (k) => !seen.has(k) && Boolean(seen.add(k)) }).map((h) => h.ruleId);
    for (const id of fixture.ruleid) expect(ids, `${file}: ${id} must fire`).toContain(id);
    for (const id of fixture.ok) expect(ids, `${file}: ${id} must not fire`).not.toContain(id);
    fixture.ruleid.forEach((id) => fired.add(id));
    fixture.ok.forEach((id) => cleared.add(id));
  }
  for (const meta of rule.rules) {
    expect(fired.has(meta.id), `${meta.id} has a must-fire fixture`).toBe(true);
    expect(cleared.has(meta.id), `${meta.id} has an ok fixture`).toBe(true);
  }
}
