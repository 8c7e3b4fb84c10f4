import { describe, expect, it } from 'vitest';
import { lockfileVersions } from '../shared/fixture-versions.js';
import { composerScheme } from './index.js';

// Real Packagist versions from ../shared/fixtures (provenance in its SOURCES.md).
describe('composer on real Packagist data', () => {
  it('reads every version that composer-lock extractors report, and sorts them without throwing', () => {
    const versions = lockfileVersions('composer-lock');
    expect(versions.length).toBeGreaterThan(5);
    expect(versions.filter((v) => !composerScheme.isValid(v))).toEqual([]);
    expect(() => [...versions].sort(composerScheme.compare)).not.toThrow();
  });
});
