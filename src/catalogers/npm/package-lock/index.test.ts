import { describe } from 'vitest';
import { describeFixtures, scopeFromNpmDepGroups, scopeFromNpmTrivyDev } from '../../shared/testdata/fixture-cases.js';
import { packageLockCataloger } from './index.js';

describe('package-lock fixtures', () => {
  describeFixtures({
    format: 'package-lock-json',
    cataloger: packageLockCataloger,
    suiteTests: ['sources', 'exceptions'],
    skips: {
      'osv-scalibr/not-json.txt#invalid_package-lock.json': 'upstream metric-collector test (stats result), no package expectation',
      'osv-scalibr/one-package.v1.json#valid_package-lock.json': 'upstream metric-collector test (stats result), no package expectation',
    },
    scope: (source, _c, rows) => (source === 'trivy' ? scopeFromNpmTrivyDev(rows) : scopeFromNpmDepGroups(rows)),
  });
});
