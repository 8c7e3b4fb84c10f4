import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../types.js';
import { cargoScheme, parseCargoVersion } from './index.js';

describe('cargo scheme', () => {
  it('reads strict SemVer only: no v, no =, no whitespace, no shorthand', () => {
    expect(cargoScheme.isValid('1.2.3')).toBe(true);
    for (const v of ['v1.2.3', '=1.2.3', ' 1.2.3', '1.2.3 ', '1.2', '1.2.3beta']) expect(cargoScheme.isValid(v), v).toBe(false);
  });

  it('holds major/minor/patch to u64, like the semver crate', () => {
    expect(parseCargoVersion('18446744073709551615.18446744073709551615.18446744073709551615')).toBeDefined();
    expect(parseCargoVersion('18446744073709551616.0.0')).toBeUndefined();
    expect(parseCargoVersion('0.0.18446744073709551616')).toBeUndefined();
  });

  it('allows leading zeros in build metadata but not in numeric pre-release identifiers', () => {
    expect(cargoScheme.isValid('1.0.0+0001')).toBe(true);
    expect(cargoScheme.isValid('1.0.0-0001')).toBe(false);
    expect(cargoScheme.isValid('1.0.0-0001a')).toBe(true);
  });

  it('orders by precedence, ignoring build metadata', () => {
    expect(cargoScheme.compare('1.0.0+b', '1.0.0+a')).toBe(0);
    expect(cargoScheme.compare('1.0.0-alpha', '1.0.0')).toBe(-1);
    expect(cargoScheme.compare('0.10.0', '0.9.0')).toBe(1);
  });

  it('throws InvalidVersionError for an invalid version', () => {
    expect(() => cargoScheme.compare('v1.0.0', '1.0.0')).toThrow(InvalidVersionError);
    expect(() => cargoScheme.compare('1.0.0', '')).toThrow(/not a valid cargo version/);
  });
});
