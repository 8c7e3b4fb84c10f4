import { describe, expect, it } from 'vitest';
import { lockfileVersions, osvData, malformedRanges } from '../shared/fixture-versions.js';
import { pep440Scheme } from './index.js';

// Real PyPI data from ../shared/fixtures (provenance in its SOURCES.md).
describe('pep440 on real PyPI data', () => {
  const osv = osvData('PyPI', 'PyPI');

  it('reads every version in the PYSEC and GHSA records but paramiko’s pre-PEP 440 names', () => {
    expect(osv.versions.length).toBeGreaterThan(1000);
    expect(osv.versions.filter((v) => !pep440Scheme.isValid(v))).toEqual([
      '0.1-bulbasaur', '0.1-charmander', '0.9-doduo', '0.9-eevee', '0.9-fearow', '0.9-gyarados', '0.9-horsea', '0.9-ivysaur',
    ]);
  });

  it('orders every advisory range’s events into introduced/fixed pairs', () => {
    expect(osv.ranges.length).toBeGreaterThan(200);
    expect(malformedRanges(osv.ranges, pep440Scheme.compare)).toEqual([]);
  });

  it('reads every version that lockfile extractors report', () => {
    const versions = lockfileVersions('poetry-lock', 'pipfile-lock', 'pdm-lock', 'uv-lock', 'pylock-toml', 'requirements-txt');
    expect(versions.length).toBeGreaterThan(100);
    // osv-scalibr keeps trailing junk of a requirements.txt line in the version; it is not a version.
    expect(versions.filter((v) => !pep440Scheme.isValid(v))).toEqual(['1.0 unexpected_text_before_options_stays_around']);
  });
});
