import { describe, expect, it } from 'vitest';
import { compareVersions, isValidVersion, isValidWildcard, parseVersion } from './pep440.js';

const cmp = (a: string, b: string) => Math.sign(compareVersions(parseVersion(a)!, parseVersion(b)!));

describe('pep440 (catalogers’ subset)', () => {
  it('accepts PEP 440 versions in their non-normalized spellings', () => {
    for (const v of ['1', '1.2-alpha', '1.0rc1', '2.9.0.post0', '1.0-1', '1!2.0', 'v1.0', '1.0.dev4', '1.0+ubuntu.1', '2019.3.9']) {
      expect(isValidVersion(v), v).toBe(true);
    }
    for (const v of ['', '1.0 x', "'1.0'", '5.*', 'latest', '1..2', `${'9'.repeat(300)}`]) expect(isValidVersion(v), v).toBe(false);
    expect(isValidWildcard('2.0.*')).toBe(true);
    expect(isValidWildcard('5.*.*')).toBe(false);
  });

  it('orders versions as PEP 440 does', () => {
    const ordered = ['1.0.dev1', '1.0a1', '1.0a2.dev1', '1.0b1', '1.0rc1', '1.0', '1.0+local', '1.0.post1.dev1', '1.0.post1', '1.1', '1!0.1'];
    for (let i = 0; i + 1 < ordered.length; i++) expect(cmp(ordered[i]!, ordered[i + 1]!), `${ordered[i]} < ${ordered[i + 1]}`).toBe(-1);
    expect(cmp('2.0', '2.0.0')).toBe(0);
    expect(cmp('1.2-alpha', '1.2a0')).toBe(0);
    expect(cmp('1.10', '1.9')).toBe(1);
  });
});
