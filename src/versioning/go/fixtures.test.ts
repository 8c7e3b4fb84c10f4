import { describe, expect, it } from 'vitest';
import { lockfileVersions } from '../shared/fixture-versions.js';
import { goScheme } from './index.js';

// Real Go versions from ../shared/fixtures (provenance in its SOURCES.md).
describe('go on real Go data', () => {
  it('reads every version that go-mod extractors report, and sorts them without throwing', () => {
    const versions = lockfileVersions('go-mod');
    expect(versions.length).toBeGreaterThan(5);
    expect(versions.filter((v) => !goScheme.isValid(v))).toEqual([]);
    expect(() => [...versions].sort(goScheme.compare)).not.toThrow();
  });
});
