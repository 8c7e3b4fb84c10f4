import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../testing/fixtures.js';
import type { DraftFinding } from '../../scanners/types.js';
import type { ReportInput } from '../types.js';
import { sarifImporter } from './index.js';

function report(...segments: string[]): ReportInput {
  return { name: segments.join('/'), bytes: readFileSync(fixture('reports', ...segments)) };
}

function json(value: unknown, name = 'test.sarif'): ReportInput {
  return { name, bytes: Buffer.from(JSON.stringify(value)) };
}

async function decode(input: ReportInput, root?: string) {
  return sarifImporter.decode(input, root === undefined ? {} : { root });
}

function at(findings: DraftFinding[], ruleId: string, path: string, line: number): DraftFinding {
  const found = findings.find((f) => f.ruleId === ruleId && f.location.kind === 'file' && f.location.path === path && f.location.startLine === line);
  expect(found, `${ruleId} at ${path}:${line}`).toBeDefined();
  return found!;
}

describe('sarif importer on real reports', () => {
  it('reads CodeQL 2.5.4: 72 results, problem.severity, CWE tags, code flows', async () => {
    const out = await decode(report('codeql', 'codeql-2.5.4.sarif'));
    expect(out.findings).toHaveLength(72);
    expect(out.issues).toEqual([]);
    const sqli = at(out.findings, 'codeql:py/sql-injection', 'bad/libuser.py', 12);
    expect(sqli).toMatchObject({ severity: 'high', confidence: 'high', category: 'code', cwe: ['CWE-89'], tags: ['codeql:py/sql-injection'] });
    expect(sqli.location).toMatchObject({ startColumn: 22, endColumn: 112 });
    expect(sqli.message).toMatch(/\(flow: .* → .*, \d+ steps\)$/);
    expect(sqli.fingerprintContent).toContain('primaryLocationLineHash=');
    const path = at(out.findings, 'codeql:py/path-injection', 'bad/libapi.py', 22);
    expect(path.cwe).toEqual(['CWE-22', 'CWE-23', 'CWE-36', 'CWE-73', 'CWE-99']);
    const except = at(out.findings, 'codeql:py/empty-except', 'good/db_init.py', 39);
    expect(except).toMatchObject({ severity: 'low', title: 'Empty except' });
    expect(except.location).toMatchObject({ snippet: '    except FileNotFoundError:' });
    expect(out.findings.filter((f) => f.ruleId === 'codeql:py/unused-import')).toHaveLength(40);
  });

  it('reads every run of an LGTM export (58 + 452 results)', async () => {
    const out = await decode(report('codeql', 'lgtm-export-defectdojo.sarif'));
    expect(out.findings).toHaveLength(510);
    const unused = at(out.findings, 'lgtm.com:com.lgtm/javascript-queries:js/unused-local-variable', 'dojo/static/dojo/js/index.js', 220);
    expect(unused).toMatchObject({ severity: 'low', message: 'Unused variable p4.', title: 'Unused variable, import, function or class' });
    expect(out.findings.some((f) => f.ruleId.startsWith('lgtm.com:com.lgtm/python-queries:'))).toBe(true);
  });

  it("reads Semgrep's SARIF: word security-severity, CWE-22 tags, fingerprints", async () => {
    const out = await decode(report('semgrep', 'sarif', 'semgrep-oss-1.69.0.sarif'));
    expect(out.findings).toHaveLength(77);
    const count = (sev: string) => out.findings.filter((f) => f.severity === sev).length;
    expect([count('critical'), count('high'), count('medium')]).toEqual([34, 1, 42]);
    const first = at(out.findings, 'semgrep:vulnerability-management-registry.semgrep-rules.gitlab-rules.sast-rules.javascript.pathtraversal.javascript_pathtraversal_rule-non-literal-fs-filename', 'Gruntfile.js', 75);
    expect(first).toMatchObject({ severity: 'medium', confidence: 'high', cwe: ['CWE-22'] });
    expect(first.location).toMatchObject({ startColumn: 22, endColumn: 53, snippet: "      const buffer = fs.readFileSync('dist/' + file)" });
    expect(first.fingerprintContent).toMatch(/^matchBasedId\/v1=e5aea7d0/);
  });

  it('reads Semgrep 0.17 SARIF (levels from the rule) and Snyk Code SARIF', async () => {
    const semgrep = await decode(report('semgrep', 'sarif', 'semgrep-0.17.0-owasp-benchmark.sarif'));
    expect(semgrep.findings).toHaveLength(1768);
    expect(new Set(semgrep.findings.map((f) => f.severity))).toEqual(new Set(['medium']));
    const snyk = await decode(report('snyk', 'snyk-code-issue_9270.sarif'));
    expect(snyk.findings).toHaveLength(39);
    const xss = at(snyk.findings, 'snykcode:javascript/XSS', 'frontend/src/app/score-board/score-board.component.ts', 216);
    expect(xss).toMatchObject({ severity: 'medium', title: 'Cross-site Scripting (XSS)' });
  });
});

const rule = { id: 'R1', shortDescription: { text: 'Rule one' }, properties: { tags: ['security', 'external/cwe/cwe-079'], 'security-severity': '9.1' } };

function log(results: unknown[], extra: Record<string, unknown> = {}) {
  return { version: '2.1.0', runs: [{ tool: { driver: { name: 'Acme Scanner', rules: [rule] } }, results, ...extra }] };
}

function result(uri: string, more: Record<string, unknown> = {}) {
  return { ruleId: 'R1', message: { text: 'bad' }, locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: 'SRC' }, region: { startLine: 3 } } }], ...more };
}

describe('sarif importer mapping', () => {
  it('maps security-severity scores, CWE tags and the tool name', async () => {
    const out = await decode(json(log([result('a.py')])));
    expect(out.findings[0]).toMatchObject({ ruleId: 'acme:R1', severity: 'critical', cwe: ['CWE-79'], tags: ['acme:R1'], title: 'Rule one' });
    for (const [score, sev] of [['7.0', 'high'], ['4', 'medium'], ['0.1', 'low']] as const) {
      const scored = { ...rule, properties: { 'security-severity': score } };
      const doc = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [scored] } }, results: [result('a.py')] }] };
      expect((await decode(json(doc))).findings[0]!.severity, score).toBe(sev);
    }
  });

  it('resolves uriBaseId through originalUriBaseIds and makes paths under the root relative', async () => {
    const doc = log([result('src/app%20one.py')], { originalUriBaseIds: { SRC: { uri: 'file:///home/ci/repo/' } } });
    expect((await decode(json(doc), '/home/ci/repo')).findings[0]!.location).toMatchObject({ path: 'src/app one.py' });
    expect((await decode(json(doc), '/elsewhere')).findings[0]!.location).toMatchObject({ path: '/home/ci/repo/src/app one.py' });
    const outside = log([result('../../etc/passwd')]);
    expect((await decode(json(outside), '/home/ci/repo')).findings[0]!.location).toMatchObject({ path: '../../etc/passwd' });
  });

  it('finds extension rules through rule.toolComponent, and CVE rules are vulnerabilities', async () => {
    const doc = {
      version: '2.1.0',
      runs: [{
        tool: { driver: { name: 'Trivy' }, extensions: [{ name: 'ext', rules: [{ id: 'CVE-2024-1', properties: { 'security-severity': '7.5', tags: ['security'] } }] }] },
        results: [{ ruleId: 'CVE-2024-1', rule: { index: 0, toolComponent: { index: 0 } }, message: { text: 'x' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'go.sum' } } }] }],
      }],
    };
    const f = (await decode(json(doc))).findings[0]!;
    expect(f).toMatchObject({ ruleId: 'trivy:CVE-2024-1', category: 'vulnerability', severity: 'high', aliases: ['CVE-2024-1'] });
    expect(f.location).toMatchObject({ path: 'go.sum', startLine: 1 });
  });

  it('keeps a suppressed result with an active suppression (not counted by the gate)', async () => {
    const doc = log([result('a.py', { suppressions: [{ kind: 'inSource', justification: 'test data' }] }), result('b.py', { suppressions: [{ kind: 'external', status: 'rejected' }] })]);
    const [a, b] = (await decode(json(doc))).findings;
    expect(a!.suppression).toEqual({ status: 'active', reason: 'test data', matchedBy: 'sarif:inSource' });
    expect(b!.suppression).toBeUndefined();
  });

  it('fills message placeholders from the rule and reports results without a file', async () => {
    const withStrings = { ...rule, messageStrings: { m: { text: 'tainted {0} reaches {1}' } } };
    const doc = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [withStrings] } }, results: [result('a.py', { message: { id: 'm', arguments: ['input', 'sink'] } }), { ruleId: 'R1', message: { text: 'no location' } }] }] };
    const out = await decode(json(doc));
    expect(out.findings.map((f) => f.message)).toEqual(['tainted input reaches sink']);
    expect(out.issues).toEqual([expect.objectContaining({ code: 'no-location' })]);
  });
});

describe('sarif importer on hostile input', () => {
  it('turns malformed JSON into an issue with the position', async () => {
    const out = await decode({ name: 'broken.sarif', bytes: Buffer.from('{"version": "2.1.0",\n "runs": [,]}') });
    expect(out.findings).toEqual([]);
    expect(out.issues).toEqual([expect.objectContaining({ code: 'parse-error', path: 'broken.sarif', message: expect.stringMatching(/^broken\.sarif is not valid JSON at line 2, column \d+/) })]);
  });

  it('survives wrong types everywhere', async () => {
    const out = await decode(json({ version: '2.1.0', runs: [null, 5, { tool: 'x', results: [null, 'x', { ruleId: 7, locations: 'no' }, result('a.py', { level: 5, message: 9, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.py' }, region: { startLine: -4 } } }] })] }] }));
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]!.location).toMatchObject({ path: 'a.py', startLine: 1 });
    expect((await decode(json([1, 2]))).issues).toEqual([expect.objectContaining({ code: 'bad-report' })]);
  });
});

describe('sarif identify', () => {
  it('says yes to SARIF and no to other reports', () => {
    expect(sarifImporter.identify(report('codeql', 'codeql-2.5.4.sarif'))).toBe(true);
    expect(sarifImporter.identify(report('semgrep', 'sarif', 'semgrep-oss-1.69.0.sarif'))).toBe(true);
    expect(sarifImporter.identify(json({ version: '2.1.0', runs: [] }))).toBe(true);
    expect(sarifImporter.identify(report('semgrep', 'json', 'many_vulns.json'))).toBe(false);
    expect(sarifImporter.identify(report('bandit', 'dd.json'))).toBe(false);
    expect(sarifImporter.identify(report('codeql', 'github-code-scanning-alerts-api-many.json'))).toBe(false);
    expect(sarifImporter.identify(json({ name: 'package', version: '2.1.0' }))).toBe(false);
  });
});

describe('sarif importer edge cases', () => {
  it('skips passes and absent baseline results, decodes file:// URIs and keeps control characters for the formatters', async () => {
    const doc = log([
      result('a.py', { kind: 'pass' }),
      result('b.py', { baselineState: 'absent' }),
      { ruleId: 'R1', message: { text: 'esc \u001b[31m' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///work/app/src/my%20file.py' }, region: { startLine: 4, startColumn: 2, endLine: 6, snippet: { text: 'x = 1' } } } }] },
    ]);
    const out = await decode(json(doc), '/work/app');
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({ message: 'esc \u001b[31m', location: { path: 'src/my file.py', startLine: 4, startColumn: 2, endLine: 6, snippet: 'x = 1' } });
  });

  it('caps the findings of a huge report with an issue', async () => {
    const results = Array.from({ length: 100_001 }, (_, i) => ({ ruleId: 'R1', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: `f${i}.py` } } }] }));
    const out = await decode(json(log(results)));
    expect(out.findings).toHaveLength(100_000);
    expect(out.issues).toEqual([expect.objectContaining({ code: 'too-many-findings', message: expect.stringContaining('100001 results') })]);
  });
});
