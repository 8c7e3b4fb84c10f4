import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../core/config.js';
import type { UrlLocation } from '../../../core/model.js';
import { silentProgress } from '../../../core/progress.js';
import { demoRows, startDemoApp, type DemoRow } from '../../../testing/demo-app.js';
import type { RunningApp } from '../../../testing/python-app.js';
import type { DraftFinding } from '../../types.js';
import { scanTarget } from '../scan.js';
import { activeRules } from './registry.js';

/** The demo app scanned with the active rules only, once anonymous and once signed in as alice (an admin). */

let app: RunningApp;
const found: { scan: string; finding: DraftFinding; location: UrlLocation }[] = [];
const issues: string[] = [];

async function scan(name: string, yaml: string): Promise<void> {
  const config = await parseConfig(`version: 1\ndast:\n  limits: { requestsPerSecond: 500, concurrency: 8 }\n${yaml}`);
  const out = await scanTarget({ url: app.base, config, active: true, progress: silentProgress }, { passive: [], active: activeRules });
  for (const finding of out.findings) found.push({ scan: name, finding, location: finding.location as UrlLocation });
  issues.push(...(out.issues ?? []).map((i) => `${name}: ${i.code} ${i.message}`));
}

beforeAll(async () => {
  app = await startDemoApp();
  await scan('anonymous', '');
  // The recipe's URL carries next=, as the login form does after a redirect to /login.
  await scan('signed in', `  auth:\n    login: { url: "${app.base}/login?next=/notes", fields: { username: alice, password: wonderland } }\n`);
}, 240_000);

afterAll(() => app?.stop());

const ACTIVE_CWES = new Set(activeRules.flatMap((r) => r.rules.flatMap((m) => m.cwe)));

/** `GET /search?q=`, `POST /login (username)`, `GET /<any unknown path>` → what a finding must show. */
function expectation(row: DemoRow): { method: string; path: string | undefined; param: string | undefined } {
  const m = /^(GET|POST) (\/\S*?)(?:\?(\w+)=)?(?=[\s,;:]|$)/.exec(row.notes);
  if (!m) throw new Error(`${row.id}: notes '${row.notes}' name no request`);
  const anyPath = m[2]!.startsWith('/<');
  return { method: m[1]!, path: anyPath ? undefined : m[2], param: m[3] ?? /\((\w+)\)/.exec(row.notes)?.[1] };
}

function matches(row: DemoRow, f: (typeof found)[number]): boolean {
  const want = expectation(row);
  const url = new URL(f.location.url);
  return f.finding.cwe.includes(row.cwe) && f.location.method === want.method && (want.path === undefined ? f.location.param === undefined : url.pathname === want.path) && f.location.param === want.param;
}

const rows = demoRows().filter((r) => r.scanner === 'dast' && ACTIVE_CWES.has(r.cwe));

describe('active rules on the demo app (python3 app.py)', () => {
  it('has the active rows of VULNERABILITIES.md to look for', () => {
    expect(rows.map((r) => r.id)).toEqual(['V63', 'V64', 'V65', 'V66', 'V67', 'V68', 'V85', 'V86', 'V87', 'V88']);
  });

  it.each(rows.map((r) => [r.id, r.class, r.notes, r] as const))('finds %s %s (%s)', (_id, _cls, _notes, row) => {
    const hit = found.find((f) => matches(row, f));
    expect(hit, `found: ${found.map((f) => `${f.finding.ruleId} ${f.location.method} ${f.location.url} ${f.location.param}`).join('\n')}`).toBeDefined();
    // The request that proves it: the attack itself, or for stored XSS the later page that shows the payload.
    expect(hit!.finding.http?.request, row.id).toMatch(/^(GET|POST) /);
    expect(hit!.finding.evidence, row.id).toBeTruthy();
  });

  it('finds nothing the table does not list: the parameterized queries, escaped fields and safe pages give no finding', () => {
    const unlisted = found.filter((f) => !rows.some((r) => matches(r, f)));
    expect(unlisted.map((f) => `${f.scan}: ${f.finding.ruleId} ${f.location.method} ${f.location.url} ${f.location.param ?? ''}`)).toEqual([]);
  });

  it('keeps the password of the login recipe out of the evidence, and the scans ran without trouble', () => {
    expect(found.map((f) => JSON.stringify(f.finding)).join('\n')).not.toContain('wonderland');
    // A request that times out on a busy machine is reported and the scan goes on; rules must not fail.
    expect(issues.filter((i) => !/: request-failed /.test(i))).toEqual([]);
  });
});
