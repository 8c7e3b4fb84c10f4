import { describe } from 'vitest';
import { describeFixtures, scopeFromDepGroups, scopeFromTrivyDev } from '../testdata/fixture-suite.js';
import { packageLockCataloger } from './index.js';

describe('package-lock fixtures', () => {
  describeFixtures({
    format: 'package-lock-json',
    cataloger: packageLockCataloger,
    skips: {
      'osv-scalibr/not-json.txt#invalid_package-lock.json': 'upstream metric-collector test (stats result), no package expectation',
      'osv-scalibr/one-package.v1.json#valid_package-lock.json': 'upstream metric-collector test (stats result), no package expectation',
    },
    scopeOf: (source, _file, rows) => (source === 'trivy' ? scopeFromTrivyDev(rows) : scopeFromDepGroups(rows)),
  });
});
