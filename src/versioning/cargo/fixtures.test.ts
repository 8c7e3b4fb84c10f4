import { describe, expect, it } from 'vitest';
import { lockfileVersions } from '../shared/fixture-versions.js';
import { cargoScheme } from './index.js';

// Real crates.io versions from ../shared/fixtures (provenance in its SOURCES.md).
describe('cargo on real crates.io data', () => {
  it('reads every version that cargo-lock extractors report, and sorts them without throwing', () => {
    const versions = lockfileVersions('cargo-lock');
    expect(versions.length).toBeGreaterThan(5);
    expect(versions.filter((v) => !cargoScheme.isValid(v))).toEqual([]);
    expect(() => [...versions].sort(cargoScheme.compare)).not.toThrow();
  });
});
