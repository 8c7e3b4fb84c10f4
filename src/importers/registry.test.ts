import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRegistry } from '../testing/registry-contract.js';
import { fixture } from '../testing/fixtures.js';
import { identifyReport, importReports, importers } from './registry.js';

const dir = mkdtempSync(path.join(tmpdir(), 'patchline-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function temp(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

const identified = (...segments: string[]) => identifyReport({ name: segments.join('/'), bytes: readFileSync(fixture('reports', ...segments)) })?.meta.id;

describe('importer registry', () => {
  it('registers every importer folder under its own id, with tests', () => {
    checkRegistry(path.dirname(new URL(import.meta.url).pathname), importers);
  });

  it('identifies each real report as exactly one format', () => {
    expect(identified('codeql', 'codeql-2.5.4.sarif')).toBe('sarif');
    expect(identified('codeql', 'lgtm-export-defectdojo.sarif')).toBe('sarif');
    expect(identified('semgrep', 'sarif', 'semgrep-0.17.0-owasp-benchmark.sarif')).toBe('sarif');
    expect(identified('semgrep', 'json', 'semgrep_1.30.0.json')).toBe('semgrep');
    expect(identified('semgrep', 'json', 'empty.json')).toBe('semgrep');
    expect(identified('bandit', 'no_vuln.json')).toBe('bandit');
    expect(identified('bandit', 'many_vulns.json')).toBe('bandit');
    expect(identified('zap', 'json', 'webgoat.json')).toBe('zap');
    expect(identified('zap', 'xml', 'zap_2.16.1_with_req_resp.xml')).toBe('zap');
    for (const [seg, name] of [['codeql', 'codeql-2.5.4.sarif'], ['semgrep/json', 'many_vulns.json'], ['bandit', 'dd.json'], ['zap/json', 'zero.webappsecurity.json'], ['zap/xml', 'empty_2.9.0.xml']] as const) {
      const input = { name, bytes: readFileSync(fixture('reports', ...seg.split('/'), name)) };
      expect(importers.filter((i) => i.identify(input)), name).toHaveLength(1);
    }
    expect(identified('osv-scanner', 'some_findings.json')).toBeUndefined();
    expect(identified('npm-audit', 'npm7plus-many_vulns.json')).toBeUndefined();
  });
});

describe('importReports', () => {
  it('decodes several reports, each under the scanner id import:<importer>', async () => {
    const out = await importReports([fixture('reports', 'bandit', 'one_vuln.json'), fixture('reports', 'semgrep', 'json', 'one_finding.json')], {});
    expect(out.drafts.map((d) => [d.scanner, d.findings.length])).toEqual([['import:bandit', 1], ['import:semgrep', 1]]);
    expect(out.issues).toEqual([]);
    expect(out.reports.map((r) => r.importer)).toEqual(['bandit', 'semgrep']);
    expect(out.properties['bandit.generated_at']).toBe('2020-12-30T10:03:39Z');
  });

  it('reports unknown formats, missing files and malformed JSON as issues, and goes on', async () => {
    const unknown = temp('other.json', '{"hello": "world"}');
    const broken = temp('broken.sarif', '{"version": "2.1.0", "runs": [\n  {"results": [}]}');
    const missing = path.join(dir, 'missing.json');
    const out = await importReports([unknown, missing, broken, fixture('reports', 'bandit', 'one_vuln.json')], {});
    expect(out.drafts.map((d) => d.scanner)).toEqual(['import:bandit']);
    expect(out.reports.map((r) => r.importer)).toEqual(['bandit']);
    expect(out.issues).toEqual([
      { code: 'unknown-report', message: `${unknown} is not a report patchline can read (SARIF 2.1.0, Semgrep JSON, Bandit JSON, SonarQube JSON, OWASP ZAP JSON or XML)`, path: unknown, scanner: 'import' },
      expect.objectContaining({ code: 'read-error', path: missing, scanner: 'import' }),
      expect.objectContaining({ code: 'parse-error', path: broken, scanner: 'import:sarif', message: expect.stringContaining('at line 2, column 16') }),
    ]);
  });

  it('passes the root on, so absolute paths become relative', async () => {
    const report = temp('abs.json', JSON.stringify({ results: [{ check_id: 'r', path: '/srv/app/src/x.py', start: { line: 1 }, extra: { severity: 'ERROR', message: 'm' } }], errors: [] }));
    const out = await importReports([report], { root: '/srv/app' });
    expect(out.drafts[0]!.findings[0]!.location).toMatchObject({ path: 'src/x.py' });
  });
});
