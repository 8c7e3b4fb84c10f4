import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../core/model.js';
import { compareGolden, loadRules, loadSample } from '../testdata/golden.js';
import { sarifFormatter, toSarif } from './index.js';
import { cweTag, sarifLevel, securitySeverity } from './levels.js';
import type { SarifRun } from './sarif-types.js';
import { artifactLocation, srcRootUri } from './uri.js';

const sample = loadSample();
const rules = loadRules();
const run = (result: ScanResult = sample, withRules = true): SarifRun =>
  toSarif(result, withRules ? { rules } : {}).runs[0]!;
const resultOf = (r: SarifRun, ruleId: string) => r.results.filter((x) => x.ruleId === ruleId);

describe('sarif formatter', () => {
  it('matches the golden file', () => {
    const { expected, actual } = compareGolden('demo', 'sarif', sarifFormatter.render(sample, { color: false, rules }));
    expect(actual).toBe(expected);
  });

  it('names the tool and describes only the rules that fired, sorted, with matching ruleIndex', () => {
    const r = run();
    expect(r.tool.driver).toMatchObject({ name: 'patchline', informationUri: 'https://github.com/patchline/patchline', version: '0.1.0', semanticVersion: '0.1.0' });
    const ids = r.tool.driver.rules.map((x) => x.id);
    expect(ids).toEqual([...new Set(sample.findings.map((f) => f.ruleId))].sort());
    expect(ids).not.toContain('PL-DOCKER-ADD-URL');
    for (const res of r.results) expect(r.tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
  });

  it('describes a catalogued rule from the catalogue', () => {
    const rule = run().tool.driver.rules.find((x) => x.id === 'PL-DOCKER-LATEST-TAG')!;
    expect(rule.name).toBe('BaseImageUsesTheLatestTag');
    expect(rule.shortDescription.text).toBe('Base image uses the latest tag');
    expect(rule.fullDescription.text).toMatch(/^A FROM instruction/);
    expect(rule.help.text).toMatch(/^Pin the base image/);
    expect(rule.help.markdown).toContain('**Fix:**');
    expect(rule.help.markdown).toContain('[CWE-1357](https://cwe.mitre.org/data/definitions/1357.html)');
    expect(rule.helpUri).toBe('https://docs.docker.com/build/building/best-practices/#from');
    expect(rule.defaultConfiguration.level).toBe('warning');
    expect(rule.properties).toEqual({
      tags: ['security', 'misconfig', 'external/cwe/cwe-1357', 'hadolint:DL3007', 'trivy:DS001'],
      'security-severity': '5.5',
      precision: 'high',
    });
  });

  it("falls back to the finding's own fields for a rule not in the catalogue", () => {
    const rule = run().tool.driver.rules.find((x) => x.id === 'CVE-2023-30861')!;
    expect(rule.shortDescription.text).toMatch(/^Flask vulnerable/);
    expect(rule.fullDescription.text).toMatch(/^flask 2.0.1 is affected/);
    expect(rule.help.text).toMatch(/^Upgrade flask to 2.2.5/);
    expect(rule.helpUri).toBe('https://github.com/advisories/GHSA-m2qf-hxjv-5gpq');
    expect(rule.properties['security-severity']).toBe('8.0');
    expect(rule.properties.tags).toEqual(['security', 'vulnerability', 'external/cwe/cwe-539']);
    const bare = run(sample, false).tool.driver.rules.find((x) => x.id === 'PL-PY-ASSERT')!;
    expect(bare.fullDescription.text).toMatch(/^assert statements are removed/);
    expect(bare.helpUri).toBeUndefined();
  });

  it('maps severities to levels and GitHub security-severity scores', () => {
    expect(['critical', 'high', 'medium', 'low', 'info'].map((s) => sarifLevel(s as Finding['severity']))).toEqual(['error', 'error', 'warning', 'note', 'note']);
    expect(['critical', 'high', 'medium', 'low', 'info'].map((s) => securitySeverity(s as Finding['severity']))).toEqual(['9.5', '8.0', '5.5', '3.0', '0.0']);
    expect(resultOf(run(), 'PL-PY-ASSERT')[0]!.level).toBe('note');
  });

  it('turns CWE ids into GitHub tags', () => {
    expect(cweTag('CWE-079')).toBe('external/cwe/cwe-79');
    expect(cweTag('89')).toBe('external/cwe/cwe-89');
    expect(cweTag('NVD-CWE-Other')).toBeUndefined();
  });

  it('writes file results with a relative uri, %SRCROOT% and a region with its snippet', () => {
    const res = resultOf(run(), 'PL-SECRET-AWS-ACCESS-KEY')[0]!;
    expect(res.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'config.py', uriBaseId: '%SRCROOT%' },
          region: { startLine: 14, startColumn: 21, endLine: 14, endColumn: 41, snippet: { text: 'AWS_ACCESS_KEY_ID = "AKIA**** (20 chars)"' } },
        },
      },
    ]);
    expect(res.partialFingerprints).toEqual({ 'patchline/v1': sample.findings[0]!.fingerprint });
    expect(res.properties).toMatchObject({ severity: 'critical', confidence: 'high', evidence: 'AKIA**** (20 chars)' });
  });

  it('writes packages as logical locations, on their manifest when known, and URLs as resources', () => {
    const r = run();
    expect(resultOf(r, 'CVE-2023-30861')[0]!.locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: 'requirements.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } },
      logicalLocations: [{ name: 'flask@2.0.1', fullyQualifiedName: 'PyPI/flask@2.0.1', kind: 'module' }],
    });
    expect(resultOf(r, 'CVE-2024-22195')[0]!.locations[0]).toEqual({
      logicalLocations: [{ name: 'jinja2@2.11.2', fullyQualifiedName: 'PyPI/jinja2@2.11.2', kind: 'module' }],
    });
    expect(resultOf(r, 'PL-DAST-XSS-REFLECTED')[0]!.locations[0]!.logicalLocations![0]).toMatchObject({
      kind: 'resource',
      fullyQualifiedName: 'GET http://127.0.0.1:5000/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E (param q)',
    });
  });

  it('marks active exceptions as accepted external suppressions; expired ones are not suppressed', () => {
    const r = run();
    expect(resultOf(r, 'PL-DOCKER-APT-NO-RECOMMENDS')[0]!.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'Build stage only; not shipped in the final image',
        properties: { matchedBy: 'rule:PL-DOCKER-APT-NO-RECOMMENDS', expires: '2099-12-31' },
      },
    ]);
    const expired = resultOf(r, 'PL-DOCKER-LATEST-TAG')[0]!;
    expect(expired.suppressions).toBeUndefined();
    expect(expired.properties.exception).toMatchObject({ status: 'expired', expires: '2025-01-01' });
  });

  it('reports issues as notifications of a successful invocation', () => {
    const inv = run().invocations[0]!;
    expect(inv.executionSuccessful).toBe(true);
    expect(inv.startTimeUtc).toBe('2025-06-02T09:14:03.512Z');
    expect(inv.endTimeUtc).toBe('2025-06-02T09:14:03.933Z');
    const notes = inv.toolExecutionNotifications!;
    expect(notes).toHaveLength(7);
    expect(notes.find((n) => n.descriptor.id === 'parse-error')).toMatchObject({
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'Dockerfile.dev', uriBaseId: '%SRCROOT%' } } }],
      properties: { scanner: 'dockerfile' },
    });
    expect(notes[0]!.level).toBe('note');
    expect(run({ ...sample, issues: [] }).invocations[0]!.toolExecutionNotifications).toBeUndefined();
  });

  it('sets originalUriBaseIds only for an absolute root', () => {
    expect(run().originalUriBaseIds).toBeUndefined();
    const abs = run({ ...sample, target: { kind: 'directory', ref: '/home/ci/work/my app' } });
    expect(abs.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/ci/work/my%20app/' } });
    expect(srcRootUri({ kind: 'git', ref: '/repo/' })).toBe('file:///repo/');
    expect(srcRootUri({ kind: 'image', ref: '/images/alpine.tar' })).toBeUndefined();
  });

  it('encodes paths as valid relative URI references', () => {
    expect(artifactLocation('src/my file#1.py')).toEqual({ uri: 'src/my%20file%231.py', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('./a\\b.py')).toEqual({ uri: 'a/b.py', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('C:a.py').uri).toBe('C%3Aa.py');
    expect(artifactLocation('/abs/x.py')).toEqual({ uri: 'file:///abs/x.py' });
  });

  it('omits semanticVersion when the tool version is not semver', () => {
    const driver = run({ ...sample, tool: { name: 'patchline', version: 'dev' } }).tool.driver;
    expect(driver.version).toBe('dev');
    expect(driver).not.toHaveProperty('semanticVersion');
  });
});
