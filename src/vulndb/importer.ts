import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { silentProgress, type Progress } from '../core/progress.js';
import { isSecdb, SecdbCollector } from './alpine-secdb.js';
import { ImportIssues, type ImportIssueSummary } from './import-issues.js';
import { IndexWriter, type SourceRow } from './index-writer.js';
import { ByteBudget, withLimits, type ImportLimits } from './limits.js';
import { prepareAdvisory } from './osv-validate.js';
import { recordDocuments } from './record-documents.js';
import { recordFiles } from './source-files.js';

export interface ImportSource {
  path: string;
  /** Shown by `db status`; defaults to the file or folder name. */
  name?: string;
  /** Where it was downloaded from; defaults to the absolute path. Must already be redacted. */
  url?: string;
}

export interface ImportOptions {
  progress?: Progress;
  limits?: Partial<ImportLimits>;
  signal?: AbortSignal;
  now?: () => Date;
  /** Recorded as the build time instead of now (the bundled snapshot records the date of its data). */
  builtAt?: string;
}

export interface ImportResult {
  dbPath: string;
  advisories: number;
  /** Records whose id was already imported (the newer `modified` is kept). */
  duplicates: number;
  sources: SourceRow[];
  issues: ImportIssueSummary[];
  issueCount: number;
  bytesRead: number;
  durationMs: number;
}

export const SECDB_SOURCE = 'alpine-secdb';

/**
 * Imports OSV zips, folders and files and Alpine secdb documents into a new index at `dbPath`.
 * The index is built beside it in `<db>.tmp-<pid>` and renamed over the old one only when complete:
 * an error or an abort leaves the previous index as it was. Bad records are issues, never fatal.
 */
export async function importSources(sources: readonly (string | ImportSource)[], dbPath: string, options: ImportOptions = {}): Promise<ImportResult> {
  const t0 = performance.now();
  const now = options.now ?? (() => new Date());
  const progress = options.progress ?? silentProgress;
  const limits = withLimits(options.limits);
  const budget = new ByteBudget(limits.maxTotalBytes);
  const issues = new ImportIssues();
  const secdb = new SecdbCollector();
  await mkdir(path.dirname(path.resolve(dbPath)), { recursive: true });
  await removeStaleTemps(dbPath);
  const tmp = `${dbPath}.tmp-${process.pid}`;
  await rm(tmp, { force: true });
  const writer = new IndexWriter(tmp);
  try {
    const rows: SourceRow[] = [];
    for (const spec of sources) {
      const source = typeof spec === 'string' ? { path: spec } : spec;
      const name = source.name ?? path.basename(path.resolve(source.path));
      let count = 0;
      for await (const file of recordFiles(source.path, limits, budget, issues)) {
        options.signal?.throwIfAborted();
        for (const doc of recordDocuments(file, issues)) {
          if (isSecdb(doc)) {
            count += secdb.add(doc, file.where, issues);
            continue;
          }
          const prepared = prepareAdvisory(doc, file.where, issues);
          if (!prepared) continue;
          writer.add(prepared, name);
          count += 1;
          if (count % 500 === 0) progress.update(`importing ${name}: ${count} advisories`);
        }
      }
      rows.push({ name, url: source.url ?? path.resolve(source.path), importedAt: now().toISOString(), count });
    }
    const builtAt = options.builtAt ?? now().toISOString();
    for (const advisory of secdb.advisories(builtAt)) {
      const prepared = prepareAdvisory(advisory, SECDB_SOURCE, issues);
      if (prepared) writer.add(prepared, SECDB_SOURCE);
    }
    options.signal?.throwIfAborted();
    progress.update(`indexing ${writer.accepted} advisories…`);
    writer.finish(rows, builtAt);
    await rename(tmp, dbPath);
    progress.done();
    return {
      dbPath,
      advisories: writer.accepted,
      duplicates: writer.duplicates,
      sources: rows,
      issues: issues.summary(),
      issueCount: issues.total,
      bytesRead: budget.used,
      durationMs: Math.round(performance.now() - t0),
    };
  } catch (err) {
    writer.abort();
    progress.done();
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Removes `<db>.tmp-<pid>` files left by an import that was killed (its process is gone). */
async function removeStaleTemps(dbPath: string): Promise<void> {
  const dir = path.dirname(path.resolve(dbPath));
  const prefix = `${path.basename(dbPath)}.tmp-`;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)(-journal|-wal|-shm)?$/.exec(name.slice(prefix.length));
    if (m && isDead(Number(m[1]))) await rm(path.join(dir, name), { force: true });
  }
}

/** True for a process id that is not ours and no longer runs. */
export function isDead(pid: number): boolean {
  return Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
