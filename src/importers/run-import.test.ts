import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/fixtures.js';
import { ScanResultSchema } from '../core/model.js';
import { runImport } from './run-import.js';

const tool = { name: 'patchline', version: '0.0.0-test' };
const now = () => new Date('2026-01-02T03:04:05Z');

describe('runImport', () => {
  it('builds a valid ScanResult with stable fingerprints, sorted by severity', async () => {
    const paths = [fixture('reports', 'codeql', 'codeql-2.5.4.sarif'), fixture('reports', 'bandit', 'dd.json')];
    const { result, reports } = await runImport({ paths, config: {}, tool, now });
    expect(() => ScanResultSchema.parse(result)).not.toThrow();
    expect(reports.map((r) => r.importer)).toEqual(['sarif', 'bandit']);
    expect(result.scanners).toEqual(['import:bandit', 'import:sarif']);
    expect(result.findings).toHaveLength(72 + 47);
    expect(result.findings[0]!.severity).toBe('high');
    expect(result.findings.at(-1)!.severity).toBe('low');
    expect(new Set(result.findings.map((f) => f.fingerprint)).size).toBe(result.findings.length);
    const again = await runImport({ paths: [...paths].reverse(), config: {}, tool, now });
    expect(again.result.findings.map((f) => f.fingerprint).sort()).toEqual(result.findings.map((f) => f.fingerprint).sort());
    expect(result.findings.find((f) => f.ruleId === 'bandit:B303')).toMatchObject({ scanner: 'import:bandit', sources: ['import:bandit'] });
  });

  it('collapses the same report imported twice and applies ignores from the config', async () => {
    const one = fixture('reports', 'semgrep', 'json', 'semgrep_1.30.0.json');
    const config = { ignore: [{ rule: 'go.lang.security.audit.net.formatted-template-string.formatted-template-string', path: 'test.go', reason: 'reviewed: templates are constant' }] };
    const { result } = await runImport({ paths: [one, one], config, tool, now });
    expect(result.findings).toHaveLength(5);
    expect(result.findings.every((f) => f.suppression?.status === 'active' && f.suppression.matchedBy.startsWith('rule:'))).toBe(true);
  });

  it('keeps going past unreadable files, with issues', async () => {
    const { result, reports } = await runImport({ paths: ['/nonexistent/report.sarif'], config: {}, tool, now });
    expect(reports).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'read-error', path: '/nonexistent/report.sarif' })]);
  });
});

describe('runImport across tools', () => {
  it('collapses two tools reporting the same CWE on the same line into one finding with both sources', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'patchline-run-import-'));
    try {
      const semgrep = path.join(dir, 'semgrep.json');
      writeFileSync(semgrep, JSON.stringify({ results: [{ check_id: 'python.sqli', path: 'app.py', start: { line: 7, col: 1 }, extra: { severity: 'WARNING', message: 'sql', metadata: { cwe: ['CWE-89: SQL Injection'] } } }], errors: [] }));
      const banditReport = path.join(dir, 'bandit.json');
      writeFileSync(banditReport, JSON.stringify({ generated_at: 'x', metrics: {}, results: [{ test_id: 'B608', test_name: 'hardcoded_sql_expressions', filename: 'app.py', line_number: 7, issue_severity: 'MEDIUM', issue_confidence: 'LOW', issue_text: 'sql' }], errors: [] }));
      const { result } = await runImport({ paths: [semgrep, banditReport], config: {}, tool, now });
      expect(result.findings).toHaveLength(1);
      expect([...result.findings[0]!.sources!].sort()).toEqual(['import:bandit', 'import:semgrep']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
