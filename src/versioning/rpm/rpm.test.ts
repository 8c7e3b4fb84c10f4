import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../types.js';
import { compareRpmVersions, rpmScheme } from './index.js';
import { parseRpmVersion } from './parse.js';
import { rpmvercmp } from './rpmvercmp.js';

describe('rpm parse', () => {
  it('splits epoch, version and release', () => {
    expect(parseRpmVersion('1:3.0.7-16.el9_2')).toEqual({ epoch: '1', version: '3.0.7', release: '16.el9_2' });
    expect(parseRpmVersion('3.0.7')).toEqual({ epoch: '0', version: '3.0.7' });
    expect(parseRpmVersion('007:1.0-1')?.epoch).toBe('7');
    expect(parseRpmVersion('0:1.0-1')?.epoch).toBe('0');
  });

  it('refuses empty parts, bad epochs, whitespace and over-long EVRs', () => {
    for (const v of ['', ' ', '1.0 ', 'a:1.0', ':1.0', '1:', '1.0-', '1-2-3', 'x:y:z'])
      expect(parseRpmVersion(v), v).toBeUndefined();
    expect(parseRpmVersion(`1.${'0'.repeat(254)}`)).toBeDefined();
    expect(parseRpmVersion(`1.${'0'.repeat(255)}`)).toBeUndefined();
  });
});

describe('rpmvercmp', () => {
  it('treats ~ as before the end and ^ as after it', () => {
    expect(rpmvercmp('1.0~rc1', '1.0')).toBe(-1);
    expect(rpmvercmp('1.0^git1', '1.0')).toBe(1);
    expect(rpmvercmp('1.0^git1', '1.0.1')).toBe(-1);
  });

  it('makes a numeric segment newer than an alphabetic one', () => {
    expect(rpmvercmp('1.0', '1.a')).toBe(1);
    expect(rpmvercmp('1.a', '1.0')).toBe(-1);
    expect(rpmvercmp('xyz.4', '2')).toBe(-1);
  });

  it('ignores separators and compares numbers of any length', () => {
    expect(rpmvercmp('1_0', '1.0')).toBe(0);
    expect(rpmvercmp('1.0', '1..0')).toBe(0);
    expect(rpmvercmp('1.123456789012345678901', '1.123456789012345678900')).toBe(1);
  });
});

describe('rpmScheme', () => {
  it('sorts a shuffled list into rpm order', () => {
    const ordered = ['1.0~rc1-1', '1.0', '1.0-1', '1.0-1.el9', '1.0-2', '1.0^git1-1', '1.0.1-1', '1:0.1-1'];
    const shuffled = [3, 7, 0, 5, 2, 6, 1, 4].map((i) => ordered[i]!);
    expect(shuffled.sort(compareRpmVersions)).toEqual(ordered);
  });

  it('throws InvalidVersionError naming the scheme and the version', () => {
    expect(() => rpmScheme.compare('a:1.0', '1.0')).toThrow(InvalidVersionError);
    expect(() => rpmScheme.compare('1.0', '1.0 1')).toThrow(/'1.0 1' is not a valid rpm version/);
    expect(rpmScheme.ecosystems).toContain('Red Hat');
  });
});
