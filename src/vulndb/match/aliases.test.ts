import { describe, expect, it } from 'vitest';
import type { Advisory } from '../types.js';
import { groupByAlias, preferredId } from './aliases.js';
import type { AffectedMatch } from './types.js';

function m(id: string, aliases: string[] = [], extra: Partial<Advisory> = {}): AffectedMatch {
  return { advisory: { id, modified: '2024-01-01T00:00:00Z', aliases, ...extra }, entries: [], via: ['ECOSYSTEM'], fixed: [], lastAffected: [] };
}

describe('alias merging', () => {
  it('merges a PYSEC and a GHSA record of one CVE into one vulnerability under the CVE id', () => {
    const groups = groupByAlias([m('PYSEC-2023-62', ['CVE-2023-30861', 'GHSA-m2qf-hxjv-5gpq']), m('GHSA-m2qf-hxjv-5gpq', ['CVE-2023-30861'])]);
    expect(groups.map((g) => ({ id: g.id, aliases: g.aliases, advisories: g.matches.map((x) => x.advisory.id) }))).toEqual([
      { id: 'CVE-2023-30861', aliases: ['GHSA-m2qf-hxjv-5gpq', 'PYSEC-2023-62'], advisories: ['GHSA-m2qf-hxjv-5gpq', 'PYSEC-2023-62'] },
    ]);
  });

  it('merges transitively but never through related ids', () => {
    const groups = groupByAlias([m('A-1', ['X-1']), m('B-1', ['X-1', 'Y-1']), m('C-1', ['Y-1']), m('D-1', [], { related: ['A-1'] })]);
    expect(groups.map((g) => [g.id, g.aliases])).toEqual([
      ['A-1', ['B-1', 'C-1', 'X-1', 'Y-1']],
      ['D-1', []],
    ]);
  });

  it('keeps unrelated advisories apart', () => {
    expect(groupByAlias([m('PYSEC-2018-66', ['CVE-2018-1000656']), m('PYSEC-2019-179', ['CVE-2019-1010083'])]).map((g) => g.id)).toEqual([
      'CVE-2018-1000656',
      'CVE-2019-1010083',
    ]);
  });

  it('prefers a CVE id, else the smallest advisory id (never a vendor alias)', () => {
    expect(preferredId(['PYSEC-2021-66', 'CVE-2020-28493', 'GHSA-g3rq-g295-4j3m'])).toBe('CVE-2020-28493');
    expect(preferredId(['PYSEC-1', 'GHSA-b', 'SNYK-A', 'GHSA-a'], ['PYSEC-1', 'GHSA-b'])).toBe('GHSA-b');
    expect(preferredId(['CVE-2019-9', 'CVE-2019-10'])).toBe('CVE-2019-10');
  });
});
