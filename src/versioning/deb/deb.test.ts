import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../types.js';
import { compareDebVersions, debScheme } from './index.js';
import { parseDebVersion } from './parse.js';
import { verrevcmp } from './verrevcmp.js';

describe('deb parse', () => {
  it('splits epoch, upstream and revision at the first colon and the last hyphen', () => {
    expect(parseDebVersion('1:2.30-1+deb12u1')).toEqual({ epoch: 1, upstream: '2.30', revision: '1+deb12u1' });
    expect(parseDebVersion('2.30')).toEqual({ epoch: 0, upstream: '2.30', revision: '' });
    expect(parseDebVersion('0:0-0-0')).toEqual({ epoch: 0, upstream: '0-0', revision: '0' });
    expect(parseDebVersion('0:0:0-0')).toEqual({ epoch: 0, upstream: '0:0', revision: '0' });
    expect(parseDebVersion('0:09azAZ.-+~:-azAZ09.+~')).toEqual({ epoch: 0, upstream: '09azAZ.-+~:', revision: 'azAZ09.+~' });
  });

  it('keeps the epoch within an int, as dpkg does', () => {
    expect(parseDebVersion('2147483647:1')?.epoch).toBe(2147483647);
    expect(parseDebVersion('2147483648:1')).toBeUndefined();
  });

  it('refuses empty, blank, embedded-space and over-long versions', () => {
    for (const v of ['', ' ', ' 1.0', '1.0 ', '1.0\t1', '1:', '-1']) expect(parseDebVersion(v), v).toBeUndefined();
    expect(parseDebVersion(`1.${'0'.repeat(254)}`)).toBeDefined();
    expect(parseDebVersion(`1.${'0'.repeat(255)}`)).toBeUndefined();
  });
});

describe('verrevcmp', () => {
  it('puts ~ before the end, the end before letters, letters before other characters', () => {
    expect(verrevcmp('~', '')).toBeLessThan(0);
    expect(verrevcmp('', 'a')).toBeLessThan(0);
    expect(verrevcmp('Z', 'a')).toBeLessThan(0);
    expect(verrevcmp('z', '+')).toBeLessThan(0);
    expect(verrevcmp('+', '.')).toBeLessThan(0);
  });

  it('compares digit runs as numbers of any length', () => {
    expect(verrevcmp('10', '9')).toBeGreaterThan(0);
    expect(verrevcmp('007', '7')).toBe(0);
    expect(verrevcmp('99999999999999999999999', '99999999999999999999998')).toBeGreaterThan(0);
  });
});

describe('debScheme', () => {
  it('sorts a shuffled list into dpkg order', () => {
    const ordered = ['1.0~rc1', '1.0', '1.0-1', '1.0-1ubuntu1', '1.0-2', '1.0+dfsg-1', '1.0.1', '1:0.9'];
    const shuffled = [ordered[5], ordered[0], ordered[7], ordered[3], ordered[1], ordered[6], ordered[4], ordered[2]] as string[];
    expect(shuffled.sort(compareDebVersions)).toEqual(ordered);
  });

  it('throws InvalidVersionError naming the scheme and the version', () => {
    expect(() => debScheme.compare('a:1.0', '1.0')).toThrow(InvalidVersionError);
    try {
      debScheme.compare('1.0', '');
    } catch (error) {
      expect(error).toMatchObject({ scheme: 'deb', version: '' });
    }
    expect(debScheme.isValid('')).toBe(false);
    expect(debScheme.isValid('1:2.30-1+deb12u1')).toBe(true);
  });
});
