import type { PatchlineConfig } from '../../core/config.js';
import { errorMessage } from '../../core/errors.js';
import type { Package, ScanIssue } from '../../core/model.js';
import type { VulnDb, DbStatus } from '../../vulndb/types.js';
import { matchPackages, type SchemeLookup } from '../../vulndb/match/index.js';
import type { FileScanOutput } from '../types.js';

/** What the scanner needs from the outside world; tests pass an in-memory database. */
export interface ScaDeps {
  openDb(config: PatchlineConfig): Promise<{ db: VulnDb; usingSnapshot: boolean }>;
  staleWarning(status: DbStatus, maxAgeDays: number): string | undefined;
  schemes: SchemeLookup;
}

/** The default `db.maxAgeDays`: an index older than a week gets a `stale-db` warning. */
export const DEFAULT_MAX_AGE_DAYS = 7;

/**
 * Checks the cataloged packages against the local vulnerability index. An index that is missing or
 * unreadable, or stale, is an issue, never a failure: the rest of the scan goes on.
 */
export async function scanPackagesWith(packages: readonly Package[], config: PatchlineConfig, deps: ScaDeps): Promise<FileScanOutput> {
  if (!packages.some((p) => p.version !== '')) return { findings: [] };
  let opened: { db: VulnDb; usingSnapshot: boolean };
  try {
    opened = await deps.openDb(config);
  } catch (err) {
    return { findings: [], issues: [{ code: 'db-unavailable', message: `dependencies were not checked for vulnerabilities: ${errorMessage(err)}` }] };
  }
  const { db } = opened;
  try {
    const issues: Omit<ScanIssue, 'scanner'>[] = [];
    const stale = staleness(db, config, deps);
    if (stale) issues.push({ code: 'stale-db', message: stale });
    const result = matchPackages(packages, db, deps.schemes);
    for (const { advisory: _advisory, ...issue } of result.issues) issues.push(issue);
    return { findings: result.findings, issues };
  } finally {
    db.close();
  }
}

function staleness(db: VulnDb, config: PatchlineConfig, deps: ScaDeps): string | undefined {
  try {
    return deps.staleWarning(db.status(), config.db?.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS);
  } catch (err) {
    return `the age of the vulnerability database is unknown: ${errorMessage(err)}`;
  }
}
