import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingSchema } from '../../core/model.js';
import { fixture } from '../../testing/fixtures.js';
import type { ImportOutput, ReportInput } from '../types.js';
import { sonarqubeImporter } from './index.js';

const dir = fixture('reports', 'sonarqube');

function input(rel: string): ReportInput {
  return { name: rel, bytes: readFileSync(path.join(dir, rel)) };
}

async function decode(rel: string): Promise<ImportOutput> {
  return sonarqubeImporter.decode(input(rel), {});
}

describe('sonarqubeImporter on the real fixtures', () => {
  it('decodes every file into valid findings, and says how many it decoded', async () => {
    const counts: Record<string, number> = {};
    for (const sub of readdirSync(dir)) {
      for (const file of readdirSync(path.join(dir, sub))) {
        const out = await decode(`${sub}/${file}`);
        counts[`${sub}/${file}`] = out.findings.length;
        for (const f of out.findings) {
          expect(() => FindingSchema.parse({ ...f, fingerprint: 'x', scanner: 'import:sonarqube' })).not.toThrow();
          expect(f.ruleId).toMatch(/^sonarqube:/);
          expect(f.category).toBe('code');
          expect(f.cwe.length).toBeGreaterThan(0);
        }
      }
    }
    expect(counts).toEqual({
      'defectdojo/api_hotspots_search.json': 2,
      'defectdojo/api_issues_search.json': 0,
      'defectdojo/api_rules_show.json': 0,
      'defectdojo/findings_over_api.json': 3,
      'defectdojo/findings_over_api_hotspots.json': 4,
      'defectdojo/issue_10150.json': 3,
      'defectdojo/sonar-report-6-findings.json': 6,
      'official-api-examples/issues_search-example.json': 1,
      'official-api-examples/qualitygates_project_status-example.json': 0,
    });
  });

  it('identifies the reports and not the rule description or other tools', () => {
    expect(sonarqubeImporter.identify(input('defectdojo/api_issues_search.json'))).toBe(true);
    expect(sonarqubeImporter.identify(input('defectdojo/sonar-report-6-findings.json'))).toBe(true);
    expect(sonarqubeImporter.identify(input('defectdojo/findings_over_api_hotspots.json'))).toBe(true);
    expect(sonarqubeImporter.identify(input('official-api-examples/qualitygates_project_status-example.json'))).toBe(true);
    expect(sonarqubeImporter.identify(input('defectdojo/api_rules_show.json'))).toBe(false);
    const sarif = { name: 'x.sarif', bytes: Buffer.from('{"version":"2.1.0","runs":[{"results":[{"ruleId":"a:b"}]}]}') };
    expect(sonarqubeImporter.identify(sarif)).toBe(false);
    const semgrep = { name: 'semgrep.json', bytes: Buffer.from('{"results":[{"check_id":"python.x","path":"a.py","start":{"line":1}}],"errors":[]}') };
    expect(sonarqubeImporter.identify(semgrep)).toBe(false);
  });

  it('claims no other tool\'s report among the shared fixtures', () => {
    const root = fixture('reports');
    const claimed: string[] = [];
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      const full = path.join(root, file);
      if (file.startsWith('sonarqube') || !statSync(full).isFile()) continue;
      if (sonarqubeImporter.identify({ name: file, bytes: readFileSync(full) })) claimed.push(file);
    }
    expect(claimed).toEqual([]);
  });

  it('skips bugs and code smells with a counted issue (api_issues_search.json: 2 CODE_SMELL + 1 BUG)', async () => {
    const out = await decode('defectdojo/api_issues_search.json');
    expect(out.findings).toEqual([]);
    expect(out.issues).toEqual([expect.objectContaining({ code: 'sonarqube-not-security', message: expect.stringContaining('skipped 3 ') })]);
    expect(out.properties?.['sonarqube.skipped.notSecurity']).toBe('3');
  });

  it('maps a project-level VULNERABILITY of findings_over_api.json (CRITICAL → high, no file → project root)', async () => {
    const out = await decode('defectdojo/findings_over_api.json');
    const nimbus = out.findings.find((f) => f.message.includes('nimbus-jose-jwt'));
    expect(nimbus).toMatchObject({
      ruleId: 'sonarqube:OWASP:UsingComponentWithKnownVulnerability',
      severity: 'high',
      confidence: 'high',
      cwe: ['CWE-937'],
      location: { kind: 'file', path: '.', startLine: 1 },
    });
    expect(out.findings.filter((f) => f.severity === 'medium')).toHaveLength(2);
    expect(out.properties?.['sonarqube.skipped.notSecurity']).toBe('2');
  });

  it('maps hotspots: probability → severity and confidence, component path from components[], textRange → columns', async () => {
    const out = await decode('defectdojo/findings_over_api_hotspots.json');
    expect(out.findings[0]).toMatchObject({
      ruleId: 'sonarqube:typescript:7777',
      severity: 'high',
      confidence: 'high',
      cwe: ['CWE-79'],
      message: 'Make sure disabling asdfbuilt-in sanitization is safe here.',
      location: { path: 'src/app/component.asdf', startLine: 47, endLine: 47, startColumn: 27, endColumn: 57 },
      fingerprintContent: 'typescript:7777:fwafewef',
    });
    // keyfoot.htmlfjoes has no project prefix; its path comes from components[].
    expect(out.findings[1]).toMatchObject({ severity: 'low', confidence: 'low', cwe: ['CWE-710'], location: { path: 'src/app/2389479284379021-footer.component.html', startLine: 5 } });
    const bare = await decode('defectdojo/api_hotspots_search.json');
    expect(bare.findings.map((f) => [f.location.kind === 'file' && f.location.path, f.severity, f.cwe[0]])).toEqual([
      ['spec/support/user_fixture.rb', 'high', 'CWE-287'],
      ['app/assets/javascripts/vuln.js', 'medium', 'CWE-287'],
    ]);
  });

  it('reads sonar-report exports: hotspot keys, rule names as titles, the quality gate', async () => {
    const out = await decode('defectdojo/sonar-report-6-findings.json');
    expect(out.findings[0]).toMatchObject({
      ruleId: 'sonarqube:python:S4502',
      title: 'Disabling CSRF protections is security-sensitive',
      severity: 'high',
      cwe: ['CWE-352'],
      location: { path: 'vulnerable-flask-app.py', startLine: 8 },
      tags: expect.arrayContaining(['security-hotspot']),
    });
    expect(out.findings.slice(1).every((f) => f.ruleId === 'sonarqube:python:S4792' && f.severity === 'low')).toBe(true);
    expect(out.properties).toMatchObject({ 'sonarqube.qualityGate': 'OK', 'sonarqube.project': 'vulnerable-flask-app' });

    const b = await decode('defectdojo/issue_10150.json');
    expect(b.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['sonarqube:python:S3752', 'high'],
      ['sonarqube:python:S4502', 'high'],
      ['sonarqube:docker:S6471', 'medium'],
    ]);
    expect(b.properties?.['sonarqube.branch']).toBe('new-sonar-integration');
    expect(b.properties?.['sonarqube.qualityGate']).toBeUndefined();
  });

  it('prefers the MQR SECURITY impact and keeps a WONTFIX issue as suppressed (official search example)', async () => {
    const out = await decode('official-api-examples/issues_search-example.json');
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({
      ruleId: 'sonarqube:java:S1144',
      severity: 'high', // impacts[SECURITY]=HIGH wins over severity MAJOR
      title: 'Unused "private" methods should be removed',
      location: { startLine: 2, startColumn: 1, endColumn: 205 },
      fingerprintContent: 'java:S1144:a227e508d6646b55a086ee11d63b21e9',
      suppression: { status: 'active', reason: 'reviewed in SonarQube as WONTFIX' },
    });
  });

  it('reads the quality gate answer into properties', async () => {
    const out = await decode('official-api-examples/qualitygates_project_status-example.json');
    expect(out.properties?.['sonarqube.qualityGate']).toBe('ERROR');
    expect(out.properties?.['sonarqube.qualityGate.failedConditions']).toContain('new_blocker_violations GT 0 (actual 14, ERROR)');
  });

  it('says why the rule description holds nothing, and what is wrong with a file that is not SonarQube', async () => {
    const rule = await decode('defectdojo/api_rules_show.json');
    expect(rule.issues?.[0]?.code).toBe('sonarqube-not-a-report');
    const other = await sonarqubeImporter.decode({ name: 'x.json', bytes: Buffer.from('{"runs":[]}') }, {});
    expect(other).toEqual({ findings: [], issues: [expect.objectContaining({ code: 'bad-report', message: expect.stringContaining('api/issues/search') })] });
    const html = await sonarqubeImporter.decode({ name: 'x.json', bytes: Buffer.from('<html>') }, {});
    expect(html.issues).toEqual([expect.objectContaining({ code: 'parse-error', message: expect.stringMatching(/x\.json is not valid JSON/) })]);
  });
});
