import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../types.js';
import { apkScheme, compareApkVersions } from './index.js';
import { Kind, tokenize } from './tokens.js';

describe('apk tokenize', () => {
  it('reads digits, letter, suffixes, hash and revision in that order', () => {
    const tokens = tokenize('1.2.3b_rc1_p~ab12-r4');
    expect(tokens?.map((t) => [t.kind, t.value])).toEqual([
      [Kind.InitialDigit, '1'],
      [Kind.Digit, '2'],
      [Kind.Digit, '3'],
      [Kind.Letter, 'b'],
      [Kind.Suffix, 'rc'],
      [Kind.SuffixNumber, '1'],
      [Kind.Suffix, 'p'],
      [Kind.CommitHash, 'ab12'],
      [Kind.Revision, '4'],
      [Kind.End, ''],
    ]);
  });

  it('refuses tokens out of order, unknown suffixes and anything but -r after a hyphen', () => {
    for (const v of ['', '1.0-1', '1a.1', '1_p1a', '1-r1_p1', '1~ab~cd', '1_foo', '1.0~ABC', ' 1.0'])
      expect(tokenize(v), v).toBeUndefined();
  });

  it('refuses versions over 256 characters', () => {
    expect(tokenize(`1.${'0'.repeat(254)}`)).toBeDefined();
    expect(tokenize(`1.${'0'.repeat(255)}`)).toBeUndefined();
  });
});

describe('apkScheme', () => {
  it('sorts a shuffled list into apk order', () => {
    const ordered = ['1.2.3_alpha', '1.2.3_rc1', '1.2.3', '1.2.3-r0', '1.2.3-r1', '1.2.3_p1', '1.2.3a', '1.2.3.1', '1.2.4'];
    const shuffled = [5, 2, 8, 0, 7, 3, 1, 6, 4].map((i) => ordered[i]!);
    expect(shuffled.sort(compareApkVersions)).toEqual(ordered);
  });

  it('orders suffixes _alpha < _beta < _pre < _rc < none < _cvs < _svn < _git < _hg < _p', () => {
    const ordered = ['1_alpha', '1_beta', '1_pre', '1_rc', '1', '1_cvs', '1_svn', '1_git', '1_hg', '1_p'];
    expect([...ordered].reverse().sort(compareApkVersions)).toEqual(ordered);
  });

  it('compares numbers beyond 64 bits exactly', () => {
    expect(compareApkVersions('1.99999999999999999999', '1.100000000000000000000')).toBeLessThan(0);
  });

  it('throws InvalidVersionError naming the scheme and the version', () => {
    expect(() => apkScheme.compare('1.0', '1.0-1')).toThrow(InvalidVersionError);
    expect(() => apkScheme.compare('', '1.0')).toThrow(/'' is not a valid apk version/);
    expect(apkScheme.isValid('1.1.1d-r0')).toBe(true);
  });
});
