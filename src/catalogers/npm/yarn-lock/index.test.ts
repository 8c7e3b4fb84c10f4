import { describe } from 'vitest';
import { describeFixtures } from '../../shared/testdata/fixture-cases.js';
import { yarnLockCataloger } from './index.js';

describe('yarn.lock fixtures', () => {
  describeFixtures({
    format: 'yarn-lock',
    cataloger: yarnLockCataloger,
    suiteTests: ['sources', 'exceptions'],
    extras: {
      'trivy/yarn_with_local.lock#yarn with local dependency': {
        ids: ['local-package@0.0.1'],
        reason: 'trivy drops file: dependencies; patchline reports them with their version, as osv-scalibr does (files.v1.lock) and both peers do for package-lock.json',
      },
      'trivy/yarn_v2_happy.lock#happy v2': {
        ids: ['fsevents@2.1.3'],
        reason: 'trivy drops patch: entries; patchline reports a patched package under its own version (it collapses with the npm: entry when both are listed)',
      },
    },
    // Neither source states groups for yarn.lock (it records none); without a package.json scope is unknown.
    scope: () => [undefined],
  });
});
