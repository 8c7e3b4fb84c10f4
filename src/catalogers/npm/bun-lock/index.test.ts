import { describe } from 'vitest';
import { describeFixtures } from '../testdata/fixture-suite.js';
import { bunLockCataloger } from './index.js';

describe('bun.lock fixtures', () => {
  describeFixtures({
    format: 'bun-lock',
    cataloger: bunLockCataloger,
    skips: {},
    // osv-scalibr states no groups for bun.lock ([] everywhere); patchline walks the workspaces'
    // dependency groups instead, checked by the unit tests.
    scopeOf: () => 'unchecked',
  });
});
