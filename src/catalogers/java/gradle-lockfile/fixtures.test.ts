import { describe } from 'vitest';
import { describeFixtures } from '../../shared/testdata/fixture-cases.js';
import { gradleLockfileCataloger } from './index.js';

describe('gradle-lockfile fixtures', () => {
  describeFixtures({
    format: 'gradle-lockfile',
    cataloger: gradleLockfileCataloger,
    suiteTests: ['sources'],
    errors: {
      'osv-scalibr/with-bad-pkg#with invalid lines': {
        error: true,
        reason: 'lines that are not `group:artifact:version=…` are reported as one issue; osv-scalibr skips them silently',
      },
    },
  });
});
