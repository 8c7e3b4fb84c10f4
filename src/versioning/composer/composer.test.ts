import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../types.js';
import { composerScheme } from './index.js';
import { normalizeComposerVersion } from './normalize.js';
import { phpVersionCompare } from './php-version-compare.js';

describe('Composer normalization (VersionParserTest::successfulNormalizedVersions)', () => {
  const cases: [string, string][] = [
    ['1.0.0', '1.0.0.0'],
    ['1.2.3.4', '1.2.3.4'],
    ['1.0.0RC1dev', '1.0.0.0-RC1-dev'],
    ['1.0.0-rC15-dev', '1.0.0.0-RC15-dev'],
    ['1.0.0.RC.15-dev', '1.0.0.0-RC15-dev'],
    ['1.0.0-rc1', '1.0.0.0-RC1'],
    ['1.0.0.pl3-dev', '1.0.0.0-patch3-dev'],
    ['1.0-dev', '1.0.0.0-dev'],
    ['0', '0.0.0.0'],
    ['10.4.13-beta', '10.4.13.0-beta'],
    ['10.4.13beta2', '10.4.13.0-beta2'],
    ['10.4.13beta.2', '10.4.13.0-beta2'],
    ['v1.13.11-beta.0', '1.13.11.0-beta0'],
    ['10.4.13-b', '10.4.13.0-beta'],
    ['10.4.13-b5', '10.4.13.0-beta5'],
    ['v1.0.0', '1.0.0.0'],
    ['2010.01', '2010.01.0.0'],
    ['2010.01.02', '2010.01.02.0'],
    ['2010.1.555', '2010.1.555.0'],
    ['20230131.0.0', '20230131.0.0'],
    ['v20100102', '20100102'],
    ['20100102.1.0', '20100102.1.0'],
    ['2010-01-02-10-20-30.0.3', '2010.01.02.10.20.30.0.3'],
    ['2010-01-02', '2010.01.02'],
    ['20100102-203040', '20100102.203040'],
    ['20100102.x-dev', '20100102.9999999.9999999.9999999-dev'],
    ['20100102203040-10', '20100102203040.10'],
    ['20100102-203040-p1', '20100102.203040-patch1'],
    ['201903.0-p2', '201903.0-patch2'],
    ['1.x-dev', '1.9999999.9999999.9999999-dev'],
    ['v1.0.x-dev', '1.0.9999999.9999999-dev'],
    ['1.0.0-beta.5+foo', '1.0.0.0-beta5'],
    ['1.0.0+foo', '1.0.0.0'],
    ['1.0.0-alpha.3.1+foo', '1.0.0.0-alpha3.1'],
    ['1.0.0-alpha-2.1-3+foo', '1.0.0.0-alpha2.1-3'],
    ['00.01.03.04', '00.01.03.04'],
    ['0700', '0700.0.0.0'],
    ['041.x-dev', '041.9999999.9999999.9999999-dev'],
    [' 1.0.0', '1.0.0.0'],
    ['1.0.0 ', '1.0.0.0'],
  ];
  it.each(cases)('%s → %s', (input, expected) => expect(normalizeComposerVersion(input)).toBe(expected));

  it('trims as PHP trim() does, ASCII only', () => {
    expect(normalizeComposerVersion('\t1.0\n')).toBe('1.0.0.0');
    expect(normalizeComposerVersion('\u00a01.0')).toBeUndefined();
  });

  it('refuses branches: Composer never orders them against versions', () => {
    for (const v of ['dev-master', 'DEV-FOOBAR', 'dev-feature/foo', 'master', 'trunk', 'default', 'feature-dev']) {
      expect(normalizeComposerVersion(v), v).toBeUndefined();
    }
  });

  it('keeps Composer’s case-sensitive `stable` check: only lower-case stable is dropped', () => {
    expect(normalizeComposerVersion('1.0.0-stable')).toBe('1.0.0.0');
    expect(normalizeComposerVersion('1.0.0-stable-dev')).toBe('1.0.0.0');
    expect(normalizeComposerVersion('1.0.0-STABLE')).toBe('1.0.0.0-stable');
    // version_compare has no `stable` form, so it ranks below every known word, dev included.
    expect(composerScheme.compare('1.0.0-STABLE', '1.0.0-dev')).toBe(-1);
  });
});

describe('PHP version_compare', () => {
  it('follows the documented special forms', () => {
    expect(phpVersionCompare('1.0-dev', '1.0-alpha')).toBe(-1);
    expect(phpVersionCompare('1.0-a', '1.0-alpha')).toBe(0);
    expect(phpVersionCompare('1.0-b', '1.0-beta')).toBe(0);
    expect(phpVersionCompare('1.0-RC', '1.0-rc')).toBe(0);
    expect(phpVersionCompare('1.0-rc1', '1.0')).toBe(-1);
    expect(phpVersionCompare('1.0-pl1', '1.0')).toBe(1);
    expect(phpVersionCompare('1.0-p1', '1.0-pl1')).toBe(0);
    expect(phpVersionCompare('1.0-foo', '1.0-dev')).toBe(-1);
  });

  it('treats a further number as greater and a further word by its form', () => {
    expect(phpVersionCompare('5.2', '5.2.0')).toBe(-1);
    expect(phpVersionCompare('1.0.0', '1.0.0-beta')).toBe(1);
    expect(phpVersionCompare('1.0.0', '1.0.0-patch')).toBe(-1);
    expect(phpVersionCompare('1.0rc1', '1.0rc1')).toBe(0);
  });

  it('compares numbers of any size exactly', () => {
    expect(phpVersionCompare('1.99999999999999999999', '1.99999999999999999998')).toBe(1);
  });
});

describe('composer scheme', () => {
  it('orders normalized versions', () => {
    expect(composerScheme.compare('v2.0.0', '2.0')).toBe(0);
    expect(composerScheme.compare('2.0.0-RC1', '2.0.0-beta3')).toBe(1);
    expect(composerScheme.compare('2.0.0-p1', '2.0.0')).toBe(1);
    expect(composerScheme.compare('2.0.0-p1', '2.0.0.1')).toBe(-1);
  });

  it('throws InvalidVersionError for branches and garbage', () => {
    expect(() => composerScheme.compare('dev-main', '1.0.0')).toThrow(InvalidVersionError);
    expect(() => composerScheme.compare('1.0.0', '1.0.0-meh')).toThrow(/not a valid composer version/);
  });

  it('stays linear on hostile input and refuses more than 256 characters', () => {
    const hostile = [
      '1.0.0-beta' + '1.'.repeat(120) + 'x',
      '2010' + '01'.repeat(120) + 'x',
      '1' + '.1'.repeat(127) + '-dev!',
      'v' + '1'.repeat(250) + '.x-devx',
    ];
    for (const h of hostile) expect(composerScheme.isValid(h), h).toBe(false);
    expect(composerScheme.isValid(`1.0.0-beta${'1'.repeat(246)}`)).toBe(true);
    expect(composerScheme.isValid(`1.0.0-beta${'1'.repeat(247)}`)).toBe(false);
  });
});
