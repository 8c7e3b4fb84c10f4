import { describe, expect, it } from 'vitest';
import { semverScheme } from './index.js';
import { lockfileVersions, osvData, malformedRanges } from '../shared/fixture-versions.js';

// Real npm data from ../shared/fixtures (provenance in its SOURCES.md).
describe('semver on real npm data', () => {
  const osv = osvData('npm', 'npm');

  it('reads every version in the GHSA records, the partial `1.0` included', () => {
    expect(osv.versions).toContain('1.0');
    expect(osv.versions.filter((v) => !semverScheme.isValid(v))).toEqual([]);
  });

  it('orders every advisory range’s events into introduced/fixed pairs', () => {
    expect(osv.ranges.length).toBeGreaterThan(40);
    expect(malformedRanges(osv.ranges, semverScheme.compare)).toEqual([]);
  });

  it('reads every version that lockfile extractors report', () => {
    const versions = lockfileVersions('package-lock-json', 'yarn-lock', 'pnpm-lock', 'bun-lock');
    expect(versions.length).toBeGreaterThan(200);
    expect(versions.filter((v) => !semverScheme.isValid(v))).toEqual([]);
  });
});
