import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../testing/fixtures.js';
import type { ReportInput } from '../types.js';
import { semgrepImporter, semgrepSeverity } from './index.js';

function report(name: string): ReportInput {
  return { name, bytes: readFileSync(fixture('reports', 'semgrep', 'json', name)) };
}

function json(value: unknown): ReportInput {
  return { name: 'semgrep.json', bytes: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) };
}

const decode = (input: ReportInput, root?: string) => semgrepImporter.decode(input, root === undefined ? {} : { root });

describe('semgrep importer on real reports', () => {
  it('reads one finding with its CWE, column, snippet and references', () => {
    const out = decode(report('one_finding.json'));
    expect(out.findings).toHaveLength(1);
    expect(out.issues).toEqual([]);
    expect(out.findings[0]).toMatchObject({
      ruleId: 'semgrep:java.lang.security.audit.cbc-padding-oracle.cbc-padding-oracle',
      tags: ['semgrep:java.lang.security.audit.cbc-padding-oracle.cbc-padding-oracle'],
      title: 'cbc-padding-oracle',
      severity: 'medium',
      category: 'code',
      cwe: ['CWE-696'],
      references: ['https://capec.mitre.org/data/definitions/463.html', 'https://find-sec-bugs.github.io/bugs.htm#PADDING_ORACLE'],
      location: {
        kind: 'file',
        path: 'src/main/java/org/owasp/benchmark/testcode/BenchmarkTest02194.java',
        startLine: 64, startColumn: 4, endColumn: 83,
        snippet: '\t\t\tjavax.crypto.Cipher c = javax.crypto.Cipher.getInstance("DES/CBC/PKCS5Padding");',
      },
    });
    expect(out.findings[0]!.message).toMatch(/^Using CBC with PKCS5Padding is susceptible/);
    expect(out.findings[0]!.fix).toContain('AES/GCM/NoPadding');
  });

  it('reads 48 findings (13 ERROR → high, 35 WARNING → medium) of many_vulns.json', () => {
    const out = decode(report('many_vulns.json'));
    expect(out.findings).toHaveLength(48);
    expect(out.findings.filter((f) => f.severity === 'high')).toHaveLength(13);
    expect(out.findings.filter((f) => f.severity === 'medium')).toHaveLength(35);
    expect(out.findings[0]).toMatchObject({ ruleId: 'semgrep:python.lang.correctness.tempfile.flush.tempfile-without-flush', location: { path: 'tasks.py', startLine: 186, startColumn: 39 } });
    expect(out.findings.filter((f) => f.cwe.length > 0)).toHaveLength(44);
  });

  it('reads Semgrep 1.30 (CWE lists, confidence, version) and INFO/LOW severities', () => {
    const out = decode(report('semgrep_1.30.0.json'));
    expect(out.findings.map((f) => f.location.kind === 'file' && [f.location.path, f.location.startLine])).toEqual([['test.go', 27], ['test.go', 54], ['test.go', 61], ['test.go', 67], ['test.go', 77]]);
    expect(out.findings[0]).toMatchObject({ severity: 'medium', confidence: 'medium', cwe: ['CWE-79'], location: { endLine: 30 } });
    expect(out.properties).toEqual({ 'semgrep.version': '1.30.0' });
    expect(decode(report('cwe_list.json')).findings[0]).toMatchObject({ severity: 'low', cwe: ['CWE-352'], location: { path: 'index.js', startLine: 12 } });
    expect(decode(report('high-medium-low-severities.json')).findings.map((f) => f.severity)).toEqual(['low', 'low', 'low']);
    expect(decode(report('empty.json'))).toMatchObject({ findings: [], issues: [] });
  });

  it('makes absolute paths under the root relative and keeps the others as given', () => {
    const root = '/Users/user.example/git/company/full-codebase';
    expect(decode(report('high-medium-low-severities.json'), root).findings[0]!.location).toMatchObject({ path: 'company/lead-magnet/src/templates/base.html.twig' });
    expect(decode(report('high-medium-low-severities.json'), '/tmp').findings[0]!.location).toMatchObject({ path: '/Users/user.example/git/company/full-codebase/company/lead-magnet/src/templates/base.html.twig' });
  });
});

describe('semgrep importer mapping and hostile input', () => {
  const result = { check_id: 'a.b.rule', path: 'x.py', start: { line: 2, col: 1 }, end: { line: 2, col: 5 }, extra: { message: 'm', severity: 'ERROR', lines: 'requires login', is_ignored: true } };

  it('maps severities, hides the login placeholder and keeps nosemgrep matches suppressed', () => {
    expect(['ERROR', 'WARNING', 'INFO', 'CRITICAL', 'HIGH', 'LOW', 'INVENTORY', 7].map(semgrepSeverity)).toEqual(['high', 'medium', 'low', 'critical', 'high', 'low', 'info', 'medium']);
    const f = decode(json({ results: [result], errors: [] })).findings[0]!;
    expect(f.location).not.toHaveProperty('snippet');
    expect(f.suppression).toMatchObject({ status: 'active', matchedBy: 'semgrep:is_ignored' });
  });

  it('turns errors[] into issues and skips incomplete results with one issue', () => {
    const out = decode(json({ results: [result, { check_id: 'x' }, null, 4], errors: [{ type: ['PartialParsing', []], message: 'Syntax error', path: 'bad.py' }, 'weird'] }));
    expect(out.findings).toHaveLength(1);
    expect(out.issues).toEqual([
      expect.objectContaining({ code: 'bad-report', message: expect.stringContaining('3 results') }),
      { code: 'report-error', message: 'semgrep reported PartialParsing: Syntax error', path: 'bad.py' },
      expect.objectContaining({ code: 'report-error', path: 'semgrep.json' }),
    ]);
  });

  it('gives malformed or wrongly shaped JSON an issue, never a throw', () => {
    expect(decode(json('{"results": [')).issues).toEqual([expect.objectContaining({ code: 'parse-error', message: expect.stringMatching(/line 1, column 14/) })]);
    expect(decode(json({ results: 'many' })).issues).toEqual([expect.objectContaining({ code: 'bad-report' })]);
    expect(decode(json('null')).issues).toEqual([expect.objectContaining({ code: 'bad-report' })]);
  });
});

describe('semgrep identify', () => {
  it('says yes to Semgrep JSON and no to the others', () => {
    for (const name of ['one_finding.json', 'empty.json', 'cwe_list.json', 'many_vulns.json', 'semgrep_1.30.0.json', 'high-medium-low-severities.json']) {
      expect(semgrepImporter.identify(report(name)), name).toBe(true);
    }
    expect(semgrepImporter.identify(report('semgrep-app-sca-deployments-vulns-api.json'))).toBe(false);
    expect(semgrepImporter.identify({ name: 's', bytes: readFileSync(fixture('reports', 'semgrep', 'sarif', 'semgrep-oss-1.69.0.sarif')) })).toBe(false);
    expect(semgrepImporter.identify({ name: 'b', bytes: readFileSync(fixture('reports', 'bandit', 'dd.json')) })).toBe(false);
    expect(semgrepImporter.identify(json({ results: [{ id: 1 }] }))).toBe(false);
    expect(semgrepImporter.identify(json('[{"check_id": 1}]'))).toBe(false);
  });
});
