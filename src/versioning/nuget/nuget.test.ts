import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../types.js';
import { nugetScheme } from './index.js';
import { parseNuGetVersion } from './nuget-version.js';

describe('nuget scheme', () => {
  it('pads to four parts and drops metadata', () => {
    expect(parseNuGetVersion('1.02')).toEqual({ parts: ['1', '2', '0', '0'], labels: [] });
    expect(parseNuGetVersion('3')).toEqual({ parts: ['3', '0', '0', '0'], labels: [] });
    expect(parseNuGetVersion('1.0.0.4-rc.1+sha.abc')).toEqual({ parts: ['1', '0', '0', '4'], labels: ['rc', '1'] });
  });

  it('splits the version at the first - or +, so labels may contain -', () => {
    expect(parseNuGetVersion('1.0.0-beta-2+meta-data')?.labels).toEqual(['beta-2']);
    expect(parseNuGetVersion('1.0.0+meta-data')?.labels).toEqual([]);
  });

  it('trims surrounding whitespace, as NuGetVersion.TryParse does', () => {
    expect(nugetScheme.compare(' 1.0.0\t', '1.0')).toBe(0);
    expect(nugetScheme.isValid('1.0 .0')).toBe(false);
  });

  it('holds numeric parts to Int32', () => {
    expect(nugetScheme.isValid('2147483647.2147483647.2147483647.2147483647')).toBe(true);
    expect(nugetScheme.isValid('1.0.0.2147483648')).toBe(false);
  });

  it('compares labels case-insensitively, numbers before text', () => {
    expect(nugetScheme.compare('1.0.0-RC.1', '1.0.0-rc.1')).toBe(0);
    expect(nugetScheme.compare('1.0.0-rc.2', '1.0.0-rc.10')).toBe(-1);
    expect(nugetScheme.compare('1.0.0-rc.10', '1.0.0-rc.a')).toBe(-1);
    expect(nugetScheme.compare('1.0.0-beta', '1.0.0')).toBe(-1);
  });

  it('throws InvalidVersionError for an invalid version', () => {
    expect(() => nugetScheme.compare('v1.0.0', '1.0.0')).toThrow(InvalidVersionError);
    expect(() => nugetScheme.compare('1.0.0', '1.0.0-01')).toThrow(/not a valid nuget version/);
    expect(nugetScheme.isValid('')).toBe(false);
  });

  it('refuses more than 256 characters and stays linear on long input', () => {
    expect(nugetScheme.isValid(`1.0.0-${'a.'.repeat(124)}a`)).toBe(true);
    expect(nugetScheme.isValid(`1.0.0-${'a.'.repeat(125)}aa`)).toBe(false);
    expect(nugetScheme.isValid('1'.repeat(255) + '-')).toBe(false);
  });
});
