import { describe, expect, it } from 'vitest';
import { lockfileVersions } from '../shared/fixture-versions.js';
import { nugetScheme } from './index.js';

// Real NuGet versions from ../shared/fixtures (provenance in its SOURCES.md).
describe('nuget on real NuGet data', () => {
  it('reads every version that nuget-packages-lock-json extractors report, and sorts them without throwing', () => {
    const versions = lockfileVersions('nuget-packages-lock-json');
    expect(versions.length).toBeGreaterThan(5);
    expect(versions.filter((v) => !nugetScheme.isValid(v))).toEqual([]);
    expect(() => [...versions].sort(nugetScheme.compare)).not.toThrow();
  });
});
