import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PatchlineError } from '../core/errors.js';
import { fromPackageRoot } from '../core/paths.js';
import { cacheDir } from './db-paths.js';
import { importSources, isDead, SECDB_SOURCE } from './importer.js';

/** The source name the bundled snapshot is recorded under in `sources`. */
export const SNAPSHOT_SOURCE = 'patchline-snapshot';

/** `data/osv-snapshot/` of the installed package (the same path from src/ and from dist/). */
export const SNAPSHOT_DIR = fromPackageRoot('data', 'osv-snapshot');

export interface SnapshotOptions {
  dataDir?: string;
  /** Where built snapshot indexes are kept; defaults to the patchline cache folder. */
  cacheDir?: string;
  env?: Record<string, string | undefined>;
}

/**
 * The index of the bundled offline snapshot (OSV JSON and Alpine secdb files in data/osv-snapshot),
 * built on first use into the cache as `snapshot-<content hash>.sqlite` and rebuilt when the
 * snapshot's content changes. Its build time is the `modified` time of its newest OSV advisory,
 * so that its age says how old its data is.
 */
export async function ensureSnapshotDb(options: SnapshotOptions = {}): Promise<string> {
  const dataDir = options.dataDir ?? SNAPSHOT_DIR;
  if (!existsSync(dataDir)) {
    throw new PatchlineError('io', `no vulnerability database yet and the bundled snapshot (${dataDir}) is missing; run 'patchline db update'`);
  }
  const hash = await contentHash(dataDir);
  const dir = await writableCacheDir(options.cacheDir ?? cacheDir(options.env));
  const target = path.join(dir, `snapshot-${hash.slice(0, 16)}.sqlite`);
  if (existsSync(target)) return target;
  const partial = `${target}.partial-${process.pid}`;
  try {
    await importSources([{ path: dataDir, name: SNAPSHOT_SOURCE, url: 'bundled with patchline: data/osv-snapshot' }], partial);
    const db = new Database(partial);
    db.prepare(`UPDATE meta SET value = COALESCE((SELECT MAX(modified) FROM advisories WHERE source != ?), value) WHERE key = 'built_at'`).run(SECDB_SOURCE);
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('snapshot_hash', ?)").run(hash);
    db.close();
    await rename(partial, target);
  } finally {
    await rm(partial, { force: true });
  }
  await removeOtherSnapshots(dir, path.basename(target));
  return target;
}

/** sha256 over every file's relative path and content, in name order. */
export async function contentHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (sub: string): Promise<void> => {
    const entries = (await readdir(path.join(dir, sub), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(rel);
      else if (e.isFile()) hash.update(`${rel}\0`).update(await readFile(path.join(dir, rel))).update('\0');
    }
  };
  await walk('');
  return hash.digest('hex');
}

async function writableCacheDir(preferred: string): Promise<string> {
  try {
    await mkdir(preferred, { recursive: true });
    return preferred;
  } catch {
    const fallback = path.join(os.tmpdir(), `patchline-cache-${process.getuid?.() ?? 'user'}`);
    await mkdir(fallback, { recursive: true, mode: 0o700 });
    return fallback;
  }
}

/** Removes snapshot indexes of other snapshot contents, and partial builds of processes that died. */
async function removeOtherSnapshots(dir: string, keep: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const partial = /^snapshot-[0-9a-f]{16}\.sqlite\.partial-(\d+)$/.exec(name);
    const stale = partial ? isDead(Number(partial[1])) : /^snapshot-[0-9a-f]{16}\.sqlite$/.test(name) && name !== keep;
    if (stale) await rm(path.join(dir, name), { force: true });
  }
}
