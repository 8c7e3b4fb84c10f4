import { describe } from 'vitest';
import { describeFixtures } from '../../shared/testdata/fixture-cases.js';
import { bunLockCataloger } from './index.js';

describe('bun.lock fixtures', () => {
  describeFixtures({
    format: 'bun-lock',
    cataloger: bunLockCataloger,
    suiteTests: ['sources', 'exceptions'],
    // osv-scalibr states no groups for bun.lock ([] everywhere); patchline walks the workspaces'
    // dependency groups instead, checked by the unit tests.
    scope: () => 'unchecked',
  });
});
