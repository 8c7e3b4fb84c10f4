import { existsSync } from 'node:fs';
import type { PatchlineConfig } from '../core/config.js';
import { resolveDb, type ResolveDbOptions } from './db-paths.js';
import { ensureSnapshotDb, SNAPSHOT_SOURCE } from './snapshot.js';
import { openVulnDb } from './sqlite-db.js';
import type { DbStatus, VulnDb } from './types.js';

export { cacheDir, defaultDbPath, resolveDb, type ResolveDbOptions } from './db-paths.js';

export interface DefaultDb {
  db: VulnDb;
  /** The path opened: the configured index, or the index built from the bundled snapshot. */
  path: string;
  /** True when no index exists yet and the bundled offline snapshot is used instead. */
  usingSnapshot: boolean;
  /** Days since the index was built (for the snapshot: since its newest advisory). */
  ageDays: number;
}

/**
 * Opens the index the scanner should use. When none exists yet, builds (once, into the cache) and
 * opens the bundled snapshot, so a first scan works offline; `usingSnapshot` says so.
 */
export async function openDefaultDb(config: PatchlineConfig, options: ResolveDbOptions & { now?: Date } = {}): Promise<DefaultDb> {
  const file = resolveDb(config, options);
  if (existsSync(file)) {
    const db = openVulnDb(file);
    return { db, path: file, usingSnapshot: false, ageDays: ageInDays(db.status().builtAt, options.now) };
  }
  const snapshot = await ensureSnapshotDb({ env: options.env ?? process.env });
  const db = openVulnDb(snapshot);
  return { db, path: snapshot, usingSnapshot: true, ageDays: ageInDays(db.status().builtAt, options.now) };
}

/** Whole days since an ISO time; Infinity when it cannot be read. */
export function ageInDays(iso: string, now: Date = new Date()): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return Number.POSITIVE_INFINITY;
  return Math.max(0, Math.floor((now.getTime() - t) / 86_400_000));
}

/** A warning when the index is older than `maxAgeDays` (config `db.maxAgeDays`), else undefined. */
export function staleWarning(status: DbStatus, maxAgeDays = 7, now: Date = new Date()): string | undefined {
  const age = ageInDays(status.builtAt, now);
  if (age <= maxAgeDays) return undefined;
  if (!Number.isFinite(age)) return `the vulnerability database ${status.path} has no build date; run 'patchline db update'`;
  const date = status.builtAt.slice(0, 10);
  if (status.sources.some((s) => s.name === SNAPSHOT_SOURCE)) {
    return `using the bundled offline vulnerability snapshot (advisories up to ${date}, ${age} days old); run 'patchline db update' for current advisories`;
  }
  return `the vulnerability database is ${age} days old (built ${date}, limit ${maxAgeDays}); run 'patchline db update'`;
}
