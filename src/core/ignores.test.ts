import { describe, expect, it } from 'vitest';
import { applyIgnores } from './ignores.js';
import type { Finding } from './model.js';

function finding(ruleId: string, path: string, extra: Partial<Finding> = {}): Finding {
  return {
    fingerprint: `fp-${ruleId}-${path}`,
    ruleId,
    scanner: 'test',
    category: 'misconfig',
    severity: 'high',
    confidence: 'high',
    title: ruleId,
    message: ruleId,
    cwe: [],
    aliases: [],
    location: { kind: 'file', path, startLine: 1 },
    references: [],
    ...extra,
  };
}

describe('ignores', () => {
  const findings = [
    finding('dockerfile.latest-tag', 'Dockerfile', { tags: ['hadolint:DL3007'] }),
    finding('secret.jwt', 'docs/auth.md'),
    finding('secret.jwt', 'src/auth.py'),
  ];

  it('matches by rule id, peer id, path glob and fingerprint prefix', () => {
    const byPeer = applyIgnores(findings, [{ rule: 'DL3007', reason: 'pinned elsewhere' }], '2026-01-01');
    expect(byPeer[0]!.suppression).toEqual({ status: 'active', reason: 'pinned elsewhere', matchedBy: 'rule:DL3007' });
    const byPath = applyIgnores(findings, [{ rule: 'secret.jwt', path: 'docs/**', reason: 'samples' }], '2026-01-01');
    expect(byPath.map((f) => f.suppression?.status)).toEqual([undefined, 'active', undefined]);
    const byPrint = applyIgnores(findings, [{ fingerprint: 'fp-secret.jwt-src', reason: 'rotated' }], '2026-01-01');
    expect(byPrint.map((f) => f.suppression?.status)).toEqual([undefined, undefined, 'active']);
  });

  it('stops hiding a finding after the expiry date, and says so', () => {
    const entry = { rule: 'secret.jwt', reason: 'until rotation', expires: '2026-03-01' };
    expect(applyIgnores(findings, [entry], '2026-03-01')[1]!.suppression?.status).toBe('active');
    expect(applyIgnores(findings, [entry], '2026-03-02')[1]!.suppression).toEqual({
      status: 'expired', reason: 'until rotation', matchedBy: 'rule:secret.jwt', expires: '2026-03-01',
    });
  });
});
