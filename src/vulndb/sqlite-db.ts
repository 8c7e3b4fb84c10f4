import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { PatchlineError } from '../core/errors.js';
import { lookupName, splitEcosystem } from './ecosystems.js';
import { INDEX_FORMAT } from './index-schema.js';
import { decodeAdvisory } from './record-codec.js';
import type { Advisory, DbStatus, VulnDb } from './types.js';

const CACHE_LIMIT = 20_000;

/**
 * Opens an index read-only. `advisoriesFor('Debian:12', name)` returns the advisories written for
 * Debian 12 and those written for Debian without a release; `advisoriesFor('Debian', name)` returns
 * those of every release. Withdrawn advisories are returned too, with `withdrawn` set: the matcher
 * skips them. Returned objects are shared between calls (decoded once): treat them as read-only.
 */
export function openVulnDb(file: string): VulnDb {
  if (!existsSync(file)) {
    throw new PatchlineError('io', `no vulnerability database at ${file}; run 'patchline db update' (or 'patchline db import' offline)`);
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const format = (db.prepare("SELECT value FROM meta WHERE key = 'format'").pluck().get() as string | undefined) ?? '';
    if (format !== String(INDEX_FORMAT)) {
      db.close();
      throw new PatchlineError('unsupported', `${file} was built by another version of patchline (index format ${format || 'unknown'}); run 'patchline db update' to rebuild it`);
    }
  } catch (err) {
    if (err instanceof PatchlineError) throw err;
    throw new PatchlineError('io', `${file} is not a patchline vulnerability database (${(err as Error).message}); remove it and run 'patchline db update'`, { cause: err });
  }
  return new SqliteVulnDb(file, db);
}

class SqliteVulnDb implements VulnDb {
  private readonly idsByRelease: Database.Statement;
  private readonly idsAnyRelease: Database.Statement;
  private readonly recordById: Database.Statement;
  private readonly cache = new Map<string, Advisory>();

  constructor(private readonly file: string, private readonly db: Database.Database) {
    // Ids come from the primary key of `affected` alone; records are read only for ids not decoded yet.
    // Deduplicating and sorting in JS is cheaper than SQL's DISTINCT (a temporary B-tree per query).
    this.idsByRelease = db.prepare("SELECT advisory_id FROM affected WHERE ecosystem = ? AND name = ? AND release IN (?, '')").pluck();
    this.idsAnyRelease = db.prepare('SELECT advisory_id FROM affected WHERE ecosystem = ? AND name = ?').pluck();
    this.recordById = db.prepare('SELECT record FROM advisories WHERE id = ?').pluck();
  }

  advisoriesFor(ecosystem: string, name: string): Advisory[] {
    const { base, release } = splitEcosystem(ecosystem);
    const key = lookupName(base, name);
    const rows = (release ? this.idsByRelease.all(base, key, release) : this.idsAnyRelease.all(base, key)) as string[];
    if (rows.length === 0) return [];
    const ids = rows.length === 1 ? rows : [...new Set(rows)].sort(byCodeUnit);
    const out: Advisory[] = [];
    for (const id of ids) {
      const advisory = this.cache.get(id) ?? this.load(id);
      if (advisory) out.push(advisory);
    }
    return out;
  }

  private load(id: string): Advisory | undefined {
    const record = this.recordById.get(id) as Buffer | undefined;
    if (!record) return undefined;
    const advisory = decodeAdvisory(record);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(id, advisory);
    return advisory;
  }

  status(): DbStatus {
    const meta = Object.fromEntries((this.db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
    const sources = (this.db.prepare('SELECT name, url, imported_at AS importedAt, count FROM sources ORDER BY name').all() as { name: string; url: string | null; importedAt: string; count: number }[])
      .map((s) => ({ name: s.name, ...(s.url !== null && { url: s.url }), importedAt: s.importedAt, advisories: s.count }));
    const counts = this.db.prepare('SELECT ecosystem, advisories FROM ecosystem_counts ORDER BY ecosystem').all() as { ecosystem: string; advisories: number }[];
    const totals = meta.advisories !== undefined
      ? { advisories: Number(meta.advisories), withdrawn: Number(meta.withdrawn ?? 0) }
      : (this.db.prepare('SELECT COUNT(*) AS advisories, COUNT(withdrawn) AS withdrawn FROM advisories').get() as { advisories: number; withdrawn: number });
    return {
      path: this.file,
      builtAt: meta.built_at ?? '',
      sources,
      advisoriesByEcosystem: Object.fromEntries(counts.map((c) => [c.ecosystem, c.advisories])),
      advisories: totals.advisories,
      withdrawn: totals.withdrawn,
      format: Number(meta.format),
    };
  }

  close(): void {
    this.cache.clear();
    if (this.db.open) this.db.close();
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
