import { describe } from 'vitest';
import { describeFixtures, scopeFromNpmDepGroups, scopeFromNpmTrivyDev } from '../../shared/testdata/fixture-cases.js';
import { pnpmLockCataloger } from './index.js';

const TRIVY_DEV = 'trivy leaves dev: true packages of lockfile v5/v6 out of its list';

describe('pnpm-lock.yaml fixtures', () => {
  describeFixtures({
    format: 'pnpm-lock',
    cataloger: pnpmLockCataloger,
    suiteTests: ['sources', 'exceptions'],
    leftOut: {
      'trivy/pnpm-lock_many.yaml#many': { scope: 'dev', reason: TRIVY_DEV },
      'trivy/pnpm-lock_with_dev.yaml#with dev deps': { scope: 'dev', reason: TRIVY_DEV },
      'trivy/pnpm-lock_v6_with_dev.yaml#v6 with dev deps': { scope: 'dev', reason: TRIVY_DEV },
    },
    scope: (source, c, rows) => {
      if (source === 'trivy') return scopeFromNpmTrivyDev(rows);
      // osv-scalibr reads only the v5/v6 per-package dev flags; v9 moved them into the importers
      // graph, which patchline walks (checked against trivy's v9 cases instead).
      return c.file.includes('.v9.') ? 'unchecked' : scopeFromNpmDepGroups(rows);
    },
  });
});
