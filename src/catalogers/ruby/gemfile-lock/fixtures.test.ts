import { describe } from 'vitest';
import { describeFixtures, TRIVY_NO_ERROR } from '../../shared/testdata/fixture-cases.js';
import { gemfileLockCataloger } from './index.js';

describe('gemfile-lock fixtures', () => {
  describeFixtures({
    format: 'gemfile-lock',
    cataloger: gemfileLockCataloger,
    suiteTests: ['sources'],
    errors: {
      'osv-scalibr/invalid.lock#invalid spec': { error: true, reason: 'a spec line without `(version)` is reported as an issue; osv-scalibr skips it silently' },
      'trivy/Gemfile_normal.lock#testdata/Gemfile_normal.lock': TRIVY_NO_ERROR,
      'trivy/Gemfile_bundler2.lock#bundler2': TRIVY_NO_ERROR,
      'trivy/Gemfile_malformed.lock#malformed': {
        error: true,
        reason: "a file that is not a lockfile is reported as an issue; trivy's parser returns nothing silently",
      },
    },
  });
});
