import { describe, expect, it } from 'vitest';
import { currentPrints, introduced, type Rescan } from './rescan.js';
import type { Finding } from '../../core/model.js';

function f(fingerprint: string, ruleId: string, path = 'Dockerfile'): Finding {
  return {
    fingerprint, ruleId, scanner: 'dockerfile', category: 'misconfig', severity: 'low', confidence: 'high', title: ruleId, message: '',
    cwe: [], aliases: [], references: [], location: { kind: 'file', path, startLine: 1 },
  };
}

const scan = (...findings: Finding[]): Rescan => ({ findings, issues: [] });

describe('re-scan comparison', () => {
  it('does not count a finding whose fingerprint moved with the text it is keyed on as new', () => {
    const before = scan(f('h1', 'missing-healthcheck'), f('t1', 'latest-tag'));
    const after = scan(f('h2', 'missing-healthcheck'));
    expect(introduced(before, after, ['t1']).findings).toEqual([]);
  });

  it('counts a second finding of the same rule and file, and one in another file, as new', () => {
    const before = scan(f('a1', 'sudo'), f('t1', 'latest-tag'));
    const after = scan(f('a1', 'sudo'), f('a2', 'sudo'), f('b1', 'sudo', 'other/Dockerfile'));
    expect(introduced(before, after, ['t1']).findings.map((x) => x.fingerprint)).toEqual(['a2', 'b1']);
    // A targeted finding that went away does not excuse a new one of its rule.
    expect(introduced(scan(f('t1', 'sudo')), scan(f('t2', 'sudo')), ['t1']).findings.map((x) => x.fingerprint)).toEqual(['t2']);
  });

  it('finds a targeted finding under its new fingerprint after an earlier fix edited its line', () => {
    const scanned = [f('apt-old', 'apt-lists-not-cleaned'), f('other', 'sudo')];
    const now = scan(f('apt-new', 'apt-lists-not-cleaned'), f('other', 'sudo'));
    expect(currentPrints(['apt-old', 'gone'], scanned, now)).toEqual(new Map([['apt-old', 'apt-new'], ['gone', 'gone']]));
  });
});
