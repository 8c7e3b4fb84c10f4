import { describe, expect, it } from 'vitest';
import { compareDigits, isDigits, stripLeadingZeros } from './numeric.js';
import { compareIdentifiers, comparePrerelease, compareSemVer, parseSemVer } from './semver2.js';

describe('numeric helpers', () => {
  it('compares digit strings of any size exactly', () => {
    expect(compareDigits('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareDigits('0010', '10')).toBe(0);
    expect(compareDigits('9', '10')).toBe(-1);
    expect(compareDigits('0', '000')).toBe(0);
  });

  it('recognizes ASCII digits only', () => {
    expect(isDigits('0123')).toBe(true);
    expect(isDigits('')).toBe(false);
    expect(isDigits('١٢')).toBe(false);
    expect(isDigits('1a')).toBe(false);
    expect(stripLeadingZeros('000')).toBe('0');
    expect(stripLeadingZeros('0700')).toBe('700');
  });
});

describe('strict SemVer 2.0.0', () => {
  it('parses core, pre-release and build', () => {
    expect(parseSemVer('1.2.3-rc.1+build.5')).toEqual({
      major: '1', minor: '2', patch: '3', prerelease: ['rc', '1'], build: ['build', '5'],
    });
    expect(parseSemVer('1.2.3-a-b-c')?.prerelease).toEqual(['a-b-c']);
    expect(parseSemVer('1.2.3+a-b')?.build).toEqual(['a-b']);
  });

  it('refuses what the grammar refuses', () => {
    for (const bad of ['', '1.2', '1.2.3.4', '01.2.3', '1.2.3-01', '1.2.3-', '1.2.3+', '1.2.3-a..b', 'v1.2.3', ' 1.2.3']) {
      expect(parseSemVer(bad), bad).toBeUndefined();
    }
    expect(parseSemVer('1.2.3+001')).toBeDefined();
    expect(parseSemVer('1.2.3-0a')).toBeDefined();
  });

  it('applies a limit on major/minor/patch when given one', () => {
    expect(parseSemVer('100.0.0', { maxCore: '99' })).toBeUndefined();
    expect(parseSemVer('99.99.99', { maxCore: '99' })).toBeDefined();
  });

  it('orders identifiers per §11.4', () => {
    expect(compareIdentifiers('2', '10')).toBe(-1);
    expect(compareIdentifiers('10', 'a')).toBe(-1);
    expect(compareIdentifiers('B', 'a')).toBe(-1);
    expect(comparePrerelease([], ['rc'])).toBe(1);
    expect(comparePrerelease(['a'], ['a', '0'])).toBe(-1);
    expect(comparePrerelease([], [])).toBe(0);
  });

  it('ignores build metadata in precedence', () => {
    expect(compareSemVer(parseSemVer('1.0.0+a')!, parseSemVer('1.0.0+b')!)).toBe(0);
    expect(compareSemVer(parseSemVer('1.0.0-1')!, parseSemVer('1.0.0')!)).toBe(-1);
  });

  it('stays linear on hostile input', () => {
    const hostile = ['1.2.3-' + 'a.'.repeat(120) + '!', '1.'.repeat(128), '9'.repeat(256), '1.2.3+' + '-'.repeat(250)];
    for (const h of hostile) expect(() => parseSemVer(h)).not.toThrow();
    expect(parseSemVer('1.2.3-' + 'a'.repeat(251))).toBeUndefined();
  });
});
