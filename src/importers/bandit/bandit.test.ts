import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../testing/fixtures.js';
import type { ReportInput } from '../types.js';
import { banditImporter, banditSeverity } from './index.js';

function report(name: string): ReportInput {
  return { name, bytes: readFileSync(fixture('reports', 'bandit', name)) };
}

function json(value: unknown): ReportInput {
  return { name: 'bandit.json', bytes: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) };
}

const decode = (input: ReportInput, root?: string) => banditImporter.decode(input, root === undefined ? {} : { root });

describe('bandit importer on real reports', () => {
  it('reads one_vuln.json: B101 assert_used at one/one.py:2', () => {
    const out = decode(report('one_vuln.json'));
    expect(out.issues).toEqual([]);
    expect(out.findings).toEqual([{
      ruleId: 'bandit:B101',
      category: 'code',
      severity: 'low',
      confidence: 'high',
      title: 'B101 assert_used',
      message: 'Use of assert detected. The enclosed code will be removed when compiling to optimised byte code.',
      cwe: ['CWE-703'],
      aliases: [],
      location: { kind: 'file', path: 'one/one.py', startLine: 2, snippet: 'assert False' },
      references: ['https://bandit.readthedocs.io/en/latest/plugins/b101_assert_used.html'],
      tags: ['bandit:B101'],
      fingerprintContent: 'assert False',
    }]);
    expect(out.properties).toEqual({ 'bandit.generated_at': '2020-12-30T10:03:39Z' });
  });

  it('reads dd.json (47) and many_vulns.json (214) with CWE from the test id table', () => {
    const dd = decode(report('dd.json'));
    expect(dd.findings).toHaveLength(47);
    expect(dd.findings.filter((f) => f.ruleId === 'bandit:B303')).toHaveLength(30);
    expect(dd.findings[0]).toMatchObject({ ruleId: 'bandit:B303', severity: 'medium', confidence: 'high', cwe: ['CWE-327'], location: { path: 'dojo/tools/acunetix/parser.py', startLine: 39 } });
    const many = decode(report('many_vulns.json'));
    expect(many.findings).toHaveLength(214);
    expect(many.findings.filter((f) => f.severity === 'medium')).toHaveLength(155);
    const sql = many.findings.filter((f) => f.ruleId === 'bandit:B608');
    expect(sql).toHaveLength(3);
    expect(sql[0]).toMatchObject({ severity: 'medium', confidence: 'low', cwe: ['CWE-89'], location: { path: 'dojo/management/commands/migrate_surveys.py', startLine: 51 } });
    expect(sql[0]!.location).toMatchObject({ snippet: "                copy_string = 'INSERT INTO `' + new_table_name + '` SELECT * FROM `' + table + '`;'" });
    expect(many.findings.every((f) => f.cwe.length === 1)).toBe(true);
    expect(decode(report('no_vuln.json'))).toMatchObject({ findings: [], issues: [] });
  });
});

describe('bandit importer mapping and hostile input', () => {
  const result = { test_id: 'B999', test_name: 'new_test', filename: './src/app.py', line_number: 3, line_range: [3, 5], col_offset: 4, end_col_offset: 9, issue_severity: 'HIGH', issue_confidence: 'MEDIUM', issue_cwe: { id: 78, link: 'x' }, issue_text: 'bad', code: '3 os.system(x)\n' };

  it('prefers issue_cwe, turns col_offset into a 1-based column, and maps severities', () => {
    const f = decode(json({ results: [result], errors: [] })).findings[0]!;
    expect(f).toMatchObject({ cwe: ['CWE-78'], severity: 'high', confidence: 'medium', location: { path: 'src/app.py', startLine: 3, startColumn: 5, endLine: 5, endColumn: 10, snippet: 'os.system(x)' } });
    expect(['HIGH', 'MEDIUM', 'LOW', 'UNDEFINED', null].map(banditSeverity)).toEqual(['high', 'medium', 'low', 'info', 'info']);
  });

  it('turns errors[] into issues and skips results missing a test id, file or line', () => {
    const out = decode(json({ results: [result, { test_id: 'B101' }, { ...result, line_number: '3' }], errors: [{ filename: 'x.py', reason: 'syntax error while parsing AST from file' }] }));
    expect(out.findings).toHaveLength(1);
    expect(out.issues).toEqual([
      expect.objectContaining({ code: 'bad-report', message: expect.stringContaining('2 results') }),
      { code: 'report-error', message: 'bandit reported for x.py: syntax error while parsing AST from file', path: 'x.py' },
    ]);
  });

  it('gives malformed JSON an issue with its position', () => {
    expect(decode(json('{"results": [}')).issues).toEqual([expect.objectContaining({ code: 'parse-error', path: 'bandit.json', message: expect.stringContaining('line 1, column 14') })]);
    expect(decode(json({ generated_at: 1 })).issues).toEqual([expect.objectContaining({ code: 'bad-report' })]);
  });
});

describe('bandit identify', () => {
  it('says yes to Bandit JSON and no to the others', () => {
    for (const name of ['dd.json', 'many_vulns.json', 'no_vuln.json', 'one_vuln.json']) expect(banditImporter.identify(report(name)), name).toBe(true);
    expect(banditImporter.identify({ name: 's', bytes: readFileSync(fixture('reports', 'semgrep', 'json', 'many_vulns.json')) })).toBe(false);
    expect(banditImporter.identify({ name: 'c', bytes: readFileSync(fixture('reports', 'codeql', 'codeql-2.5.4.sarif')) })).toBe(false);
    expect(banditImporter.identify(json({ results: [], name: 'x' }))).toBe(false);
  });
});
