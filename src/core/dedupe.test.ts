import { describe, expect, it } from 'vitest';
import { dedupe } from './dedupe.js';
import type { Finding } from './model.js';

function finding(scanner: string, ruleId: string, extra: Partial<Finding> = {}): Finding {
  return {
    fingerprint: `${scanner}-${ruleId}`, ruleId, scanner, category: 'secret', severity: 'high', confidence: 'high',
    title: ruleId, message: ruleId, cwe: ['CWE-798'], aliases: [], references: [],
    location: { kind: 'file', path: 'Dockerfile', startLine: 6 }, sources: [scanner], ...extra,
  };
}

describe('dedupe', () => {
  it('merges the same fingerprint from two scanners into one finding with both sources', () => {
    const out = dedupe([finding('a', 'r', { fingerprint: 'x' }), finding('b', 'r', { fingerprint: 'x' })]);
    expect(out).toHaveLength(1);
    expect(out[0]!.sources).toEqual(['a', 'b']);
  });

  it('merges findings of different scanners on the same line that share a CWE, keeping the more severe', () => {
    const out = dedupe([
      finding('secrets', 'secret.generic-assignment', { severity: 'medium' }),
      finding('dockerfile', 'dockerfile.secret-in-env-arg', { tags: ['trivy:DS031'] }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      ruleId: 'dockerfile.secret-in-env-arg', severity: 'high', sources: ['dockerfile', 'secrets'],
      tags: ['trivy:DS031', 'secrets:secret.generic-assignment'],
    });
  });

  it('prefers a native finding over an imported one, and keeps different CWEs or lines apart', () => {
    const native = finding('sast', 'sast.python.sql', { cwe: ['CWE-89'], severity: 'medium' });
    const imported = finding('import:sonarqube', 'sonarqube:S3649', { cwe: ['CWE-89'], severity: 'critical' });
    const out = dedupe([imported, native, finding('secrets', 'secret.x'), finding('secrets', 'secret.y', { location: { kind: 'file', path: 'Dockerfile', startLine: 7 } })]);
    expect(out.map((f) => f.ruleId)).toEqual(['sast.python.sql', 'secret.x', 'secret.y']);
    expect(out[0]!.sources).toEqual(['sast', 'import:sonarqube']);
  });
});
