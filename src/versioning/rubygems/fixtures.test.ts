import { describe, expect, it } from 'vitest';
import { lockfileVersions } from '../shared/fixture-versions.js';
import { rubygemsScheme } from './index.js';

// Real RubyGems versions from ../shared/fixtures (provenance in its SOURCES.md).
describe('rubygems on real RubyGems data', () => {
  it('reads every version that gemfile-lock extractors report, and sorts them without throwing', () => {
    const versions = lockfileVersions('gemfile-lock');
    expect(versions.length).toBeGreaterThan(5);
    expect(versions.filter((v) => !rubygemsScheme.isValid(v))).toEqual([]);
    expect(() => [...versions].sort(rubygemsScheme.compare)).not.toThrow();
  });
});
