import { describe } from 'vitest';
import { describeFixtures } from '../../shared/testdata/fixture-cases.js';
import { packagesLockCataloger } from './index.js';

describe('nuget packages.lock.json fixtures', () => {
  describeFixtures({ format: 'nuget-packages-lock-json', cataloger: packagesLockCataloger, suiteTests: ['sources'] });
});
