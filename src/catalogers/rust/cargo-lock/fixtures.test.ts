import { describe } from 'vitest';
import { describeFixtures, TRIVY_NO_ERROR } from '../../shared/testdata/fixture-cases.js';
import { cargoLockCataloger } from './index.js';

describe('cargo-lock fixtures', () => {
  describeFixtures({
    format: 'cargo-lock',
    cataloger: cargoLockCataloger,
    suiteTests: ['sources'],
    errors: {
      'trivy/cargo_normal.lock#testdata/cargo_normal.lock': TRIVY_NO_ERROR,
      'trivy/cargo_mixed.lock#testdata/cargo_mixed.lock': TRIVY_NO_ERROR,
      'trivy/cargo_v3.lock#testdata/cargo_v3.lock': TRIVY_NO_ERROR,
    },
  });
});
