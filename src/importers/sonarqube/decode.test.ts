import { describe, expect, it } from 'vitest';
import type { ImportOutput } from '../types.js';
import { sonarqubeImporter } from './index.js';

function decode(json: unknown, root?: string): ImportOutput {
  const input = { name: 'sonar.json', bytes: Buffer.from(JSON.stringify(json)) };
  expect(sonarqubeImporter.identify(input)).toBe(true);
  return sonarqubeImporter.decode(input, root !== undefined ? { root } : {}) as ImportOutput;
}

const vuln = (n: number, extra: Record<string, unknown> = {}) => ({
  key: `K${n}`,
  rule: 'javasecurity:S5131',
  severity: 'MAJOR',
  component: 'acme:shop:src/main/java/Shop.java',
  project: 'acme:shop',
  line: 10 + n,
  type: 'VULNERABILITY',
  message: `Change this code to not reflect user-controlled data (${n}).`,
  ...extra,
});

describe('sonarqubeImporter on shapes built from the API docs', () => {
  it('reads an array of api/issues/search pages, strips a project key that holds a colon', () => {
    const page = (p: number, issues: unknown[]) => ({ paging: { pageIndex: p, pageSize: 2, total: 3 }, issues, components: [] });
    const out = decode([page(1, [vuln(1), vuln(2)]), page(2, [vuln(3)])]);
    expect(out.findings.map((f) => [f.location.kind === 'file' && f.location.path, f.location.kind === 'file' && f.location.startLine])).toEqual([
      ['src/main/java/Shop.java', 11],
      ['src/main/java/Shop.java', 12],
      ['src/main/java/Shop.java', 13],
    ]);
    expect(out.findings[0]).toMatchObject({ ruleId: 'sonarqube:javasecurity:S5131', severity: 'medium', cwe: ['CWE-79'], fingerprintContent: 'javasecurity:S5131:K1' });
    expect(out.issues).toEqual([]);
  });

  it('says when the pages hold fewer results than SonarQube counted', () => {
    const out = decode({ paging: { pageIndex: 1, pageSize: 1, total: 40 }, issues: [vuln(1)] });
    expect(out.issues).toEqual([expect.objectContaining({ code: 'sonarqube-incomplete', message: expect.stringContaining('hold 1 of the 40') })]);
  });

  it('MQR mode: the SECURITY impact decides, whatever the legacy type and severity say', () => {
    const out = decode({
      paging: { pageIndex: 1, pageSize: 100, total: 3 },
      issues: [
        vuln(1, { type: 'CODE_SMELL', severity: 'MINOR', impacts: [{ softwareQuality: 'MAINTAINABILITY', severity: 'LOW' }, { softwareQuality: 'SECURITY', severity: 'BLOCKER' }] }),
        vuln(2, { type: 'CODE_SMELL', impacts: [{ softwareQuality: 'MAINTAINABILITY', severity: 'HIGH' }] }),
        vuln(3, { impacts: [{ softwareQuality: 'SECURITY', severity: 'INFO' }] }),
      ],
    });
    expect(out.findings.map((f) => [f.fingerprintContent, f.severity])).toEqual([
      ['javasecurity:S5131:K1', 'critical'],
      ['javasecurity:S5131:K3', 'info'],
    ]);
    expect(out.findings[0]?.tags).toContain('security-impact');
    expect(out.properties?.['sonarqube.skipped.notSecurity']).toBe('1');
  });

  it('legacy severities map BLOCKER→critical … INFO→info; the hash wins over the key in the fingerprint', () => {
    const sev = ['BLOCKER', 'CRITICAL', 'MAJOR', 'MINOR', 'INFO'];
    const out = decode({ issues: sev.map((s, i) => vuln(i, { severity: s, hash: `hash${i}` })), paging: { pageIndex: 1, pageSize: 5, total: 5 } });
    expect(out.findings.map((f) => f.severity)).toEqual(['critical', 'high', 'medium', 'low', 'info']);
    expect(out.findings[0]?.fingerprintContent).toBe('javasecurity:S5131:hash0');
  });

  it('closed and fixed issues are skipped and counted; false positives are kept, suppressed', () => {
    const out = decode([
      vuln(1, { status: 'CLOSED', resolution: 'FIXED' }),
      vuln(2, { status: 'RESOLVED', resolution: 'FALSE-POSITIVE' }),
      vuln(3, { issueStatus: 'ACCEPTED' }),
      vuln(4),
    ]);
    expect(out.findings.map((f) => [f.fingerprintContent, f.suppression?.matchedBy])).toEqual([
      ['javasecurity:S5131:K2', 'sonarqube:false-positive'],
      ['javasecurity:S5131:K3', 'sonarqube:accepted'],
      ['javasecurity:S5131:K4', undefined],
    ]);
    expect(out.issues).toContainEqual(expect.objectContaining({ code: 'sonarqube-resolved', message: expect.stringContaining('skipped 1 ') }));
  });

  it('reads fetchSonarQube’s result saved as JSON, gate included, and makes absolute paths relative to the root', () => {
    const out = decode(
      {
        issuePages: [{ paging: { pageIndex: 1, pageSize: 500, total: 1 }, issues: [vuln(1, { component: '/srv/app/src/x.py', project: 'other' })] }],
        hotspotPages: [{ paging: { pageIndex: 1, pageSize: 500, total: 0 }, hotspots: [] }],
        qualityGate: { status: 'WARN', conditions: [{ status: 'WARN', metricKey: 'new_bugs', actualValue: '2' }] },
      },
      '/srv/app',
    );
    expect(out.findings[0]?.location).toMatchObject({ path: 'src/x.py' });
    expect(out.properties).toMatchObject({ 'sonarqube.qualityGate': 'WARN', 'sonarqube.qualityGate.failedConditions': 'new_bugs (actual 2, WARN)' });
  });
});
