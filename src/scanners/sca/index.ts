import { schemeFor } from '../../versioning/registry.js';
import { openDefaultDb, staleWarning } from '../../vulndb/default-db.js';
import type { Scanner } from '../types.js';
import { scanPackagesWith, type ScaDeps } from './scan.js';

const defaultDeps: ScaDeps = {
  openDb: (config) => openDefaultDb(config),
  staleWarning: (status, maxAgeDays) => staleWarning(status, maxAgeDays),
  schemes: schemeFor,
};

/**
 * Software composition analysis: matches the packages the catalogers found against the local OSV
 * index (`patchline db update`), one finding per vulnerable package and vulnerability, aliases merged,
 * with the fixed versions and the lowest version free of every known advisory.
 */
export const scaScanner = {
  meta: {
    id: 'sca',
    version: '1.0.0',
    summary: 'Vulnerable dependencies: cataloged packages matched against OSV advisories (aliases merged, CVSS severity, fixed and safe versions)',
  },
  /** Findings carry the advisory id as their rule; formatters describe it from the finding itself. */
  rules: [],
  matches: () => false,
  scanPackages: (packages, ctx) => scanPackagesWith(packages, ctx.config, defaultDeps),
} satisfies Scanner;
