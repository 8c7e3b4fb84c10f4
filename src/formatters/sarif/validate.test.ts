import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../core/paths.js';
import { loadRules, loadSample } from '../testdata/golden.js';
import { readJson, SARIF_SCHEMA_FILE, validateAgainst } from '../testdata/validate.js';
import { sarifFormatter } from './index.js';
import type { Finding } from '../../core/model.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'patchline-sarif-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = loadSample();

/** A DAST finding with the exchange that proves it: becomes webRequest / webResponse. */
const WEB_FINDING: Finding = {
  fingerprint: 'a1b2c3d4e5f60718', ruleId: 'web.reflected-xss', scanner: 'dast', category: 'web', severity: 'high', confidence: 'high',
  title: 'Reflected cross-site scripting', message: 'q is reflected unescaped', cwe: ['CWE-79'], aliases: [], references: [],
  location: { kind: 'url', url: 'http://127.0.0.1:5000/search?q=x', method: 'GET', param: 'q' },
  http: {
    request: 'GET /search?q=%3Cscript%3E HTTP/1.1\r\nHost: 127.0.0.1:5000\r\nCookie: session=****\r\n\r\n',
    response: 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n<p><script></p>',
  },
};
const variants = {
  demo: sample,
  'absolute-root': { ...sample, target: { kind: 'directory' as const, ref: '/home/ci/work/flask app' } },
  empty: { ...sample, findings: [], issues: [], packages: [] },
  web: { ...sample, target: { kind: 'url' as const, ref: 'http://127.0.0.1:5000/' }, findings: [WEB_FINDING], packages: [] },
};

interface MultitoolLog {
  runs: { results?: { level?: string; ruleId: string; message: { arguments?: string[] } }[] }[];
}

/** Errors the SARIF multitool reports. Its exit code is 0 even for invalid input, so read its log. */
async function multitoolErrors(sarifFile: string): Promise<string[]> {
  const out = `${sarifFile}.validation.sarif`;
  await run('npx', ['sarif-multitool', 'validate', sarifFile, '-o', out, '--log', 'ForceOverwrite'], { cwd: packageRoot });
  const log = JSON.parse(readFileSync(out, 'utf8')) as MultitoolLog;
  return (log.runs[0]?.results ?? [])
    .filter((r) => r.level === 'error')
    .map((r) => `${r.ruleId}: ${(r.message.arguments ?? []).join(' | ')}`);
}

describe.each(Object.entries(variants))('SARIF of the %s result', (name, result) => {
  const text = sarifFormatter.render(result, { color: false, rules: loadRules() });
  const file = join(dir, `${name}.sarif`);
  writeFileSync(file, text);

  it('validates against the SARIF 2.1.0 schema shipped with the multitool', () => {
    expect(validateAgainst(readJson(SARIF_SCHEMA_FILE), JSON.parse(text))).toEqual([]);
  });

  it('passes `sarif-multitool validate` without errors', async () => {
    expect(await multitoolErrors(file)).toEqual([]);
  });
});

// The multitool silently skips a file it cannot deserialize (e.g. an unknown `level`): a log with no
// results proves nothing unless the file is schema-valid, which is why Ajv checks the schema first.
describe('the validators', () => {
  type Broken = { runs: { results: { ruleIndex: number; level: string }[] }[] };
  const fresh = (): Broken => JSON.parse(sarifFormatter.render(sample, { color: false })) as Broken;

  it('Ajv catches a schema violation', () => {
    const broken = fresh();
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validateAgainst(readJson(SARIF_SCHEMA_FILE), broken).join()).toMatch(/level/);
  });

  it('the multitool catches a schema-valid file that breaks a SARIF rule', async () => {
    const broken = fresh();
    broken.runs[0]!.results[0]!.ruleIndex = 99;
    expect(validateAgainst(readJson(SARIF_SCHEMA_FILE), broken)).toEqual([]);
    const file = join(dir, 'broken.sarif');
    writeFileSync(file, JSON.stringify(broken));
    expect((await multitoolErrors(file)).join('\n')).toMatch(/^SARIF1009: .*ruleIndex/);
  });
});
