import { describe } from 'vitest';
import { describeFixtures, scopeFromFirstDepGroup, scopeFromTrivyDev } from '../../shared/testdata/fixture-cases.js';
import { composerLockCataloger } from './index.js';

describe('composer-lock fixtures', () => {
  describeFixtures({
    format: 'composer-lock',
    cataloger: composerLockCataloger,
    suiteTests: ['sources'],
    // osv-scalibr states depGroups ([] or ["dev"]), trivy a dev flag.
    scope: (source, _c, rows) => (source === 'trivy' ? scopeFromTrivyDev(rows) : scopeFromFirstDepGroup(rows)),
  });
});
