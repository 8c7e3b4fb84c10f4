import { closeSync, fstatSync, openSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ParseError, UsageError } from '../core/errors.js';
import { silentProgress, type Progress } from '../core/progress.js';
import { redactCredentials } from '../core/redact.js';
import { downloadFile } from './download.js';
import { DEFAULT_ECOSYSTEMS, KNOWN_ECOSYSTEMS, splitEcosystem } from './ecosystems.js';
import { importSources, isDead, type ImportResult } from './importer.js';
import { withLimits, type ImportLimits } from './limits.js';
import { EntryCountError, fileReader, readCentralDirectory } from './zip-central.js';

export const DEFAULT_OSV_BASE_URL = 'https://osv-vulnerabilities.storage.googleapis.com';

export interface UpdateOptions {
  dbPath: string;
  ecosystems?: readonly string[];
  /** Defaults to `$PATCHLINE_OSV_BASE_URL`, else OSV's public bucket. */
  baseUrl?: string;
  progress?: Progress;
  limits?: Partial<ImportLimits>;
  idleTimeoutMs?: number;
  signal?: AbortSignal;
  env?: Record<string, string | undefined>;
}

export interface UpdateResult extends ImportResult {
  downloads: { ecosystem: string; url: string; bytes: number }[];
}

/**
 * Downloads `<base>/<ecosystem>/all.zip` for each ecosystem, checks each is a readable zip within the
 * bounds, then imports them all into a new index that replaces the old one atomically. Any failure
 * leaves the old index in place.
 */
export async function updateDb(options: UpdateOptions): Promise<UpdateResult> {
  const env = options.env ?? process.env;
  const base = baseUrl(options.baseUrl ?? env.PATCHLINE_OSV_BASE_URL ?? DEFAULT_OSV_BASE_URL);
  const ecosystems = checkEcosystems(options.ecosystems ?? DEFAULT_ECOSYSTEMS);
  const limits = withLimits(options.limits);
  const progress = options.progress ?? silentProgress;
  const work = `${options.dbPath}.download-${process.pid}`;
  await removeDeadDownloads(options.dbPath);
  await mkdir(work, { recursive: true });
  try {
    const downloads: UpdateResult['downloads'] = [];
    for (const [i, ecosystem] of ecosystems.entries()) {
      const url = `${base}/${encodeURIComponent(ecosystem)}/all.zip`;
      const file = path.join(work, `${i}.zip`);
      const label = `downloading ${ecosystem} (${i + 1}/${ecosystems.length})`;
      const bytes = await downloadFile(url, file, {
        maxBytes: limits.maxDownloadBytes,
        ...(options.idleTimeoutMs !== undefined && { idleTimeoutMs: options.idleTimeoutMs }),
        ...(options.signal && { signal: options.signal }),
        onProgress: (got, total) => progress.update(`${label} ${bar(got, total)}`),
      });
      checkZip(file, redactCredentials(url), limits);
      downloads.push({ ecosystem, url: redactCredentials(url), bytes });
    }
    const sources = downloads.map((d, i) => ({ path: path.join(work, `${i}.zip`), name: d.ecosystem, url: d.url }));
    const result = await importSources(sources, options.dbPath, { progress, limits, ...(options.signal && { signal: options.signal }) });
    return { ...result, downloads };
  } finally {
    progress.done();
    await rm(work, { recursive: true, force: true });
  }
}

/** Download folders of updates whose process was killed. */
async function removeDeadDownloads(dbPath: string): Promise<void> {
  const dir = path.dirname(path.resolve(dbPath));
  const prefix = `${path.basename(dbPath)}.download-`;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)) && isDead(Number(name.slice(prefix.length)))) {
      await rm(path.join(dir, name), { recursive: true, force: true });
    }
  }
}

function baseUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new UsageError(`--base-url '${redactCredentials(raw)}' is not a URL; give e.g. ${DEFAULT_OSV_BASE_URL}`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new UsageError(`--base-url must be an http(s) URL, not ${u.protocol}`);
  return raw.replace(/\/+$/, '');
}

/** Known OSV ecosystems, spelled as OSV's bucket spells them (`pypi` → `PyPI`; a `:release` suffix is kept as given). */
function checkEcosystems(list: readonly string[]): string[] {
  const out = [...new Set(list.map((e) => e.trim()).filter(Boolean).map((e) => {
    const at = e.indexOf(':');
    return `${splitEcosystem(e).base}${at < 0 ? '' : e.slice(at)}`;
  }))];
  if (out.length === 0) throw new UsageError('--ecosystems is empty; name at least one, e.g. PyPI,npm');
  const unknown = out.filter((e) => !KNOWN_ECOSYSTEMS.has(splitEcosystem(e).base));
  if (unknown.length) {
    throw new UsageError(`unknown ecosystem ${unknown.map((e) => `'${e}'`).join(', ')}; OSV names them e.g. ${DEFAULT_ECOSYSTEMS.join(', ')}`);
  }
  return out;
}

/** Reads the archive's central directory: a truncated or corrupt download fails here, naming its URL. */
function checkZip(file: string, url: string, limits: ImportLimits): void {
  const fd = openSync(file, 'r');
  try {
    readCentralDirectory(fileReader(fd), fstatSync(fd).size, limits.maxEntries);
  } catch (err) {
    if (err instanceof EntryCountError) throw new ParseError(`${url} has ${err.count} entries, more than the limit of ${err.limit}`);
    throw new ParseError(`the file downloaded from ${url} is not a readable zip (${(err as Error).message}); the download may be truncated — try again`, { cause: err });
  } finally {
    closeSync(fd);
  }
}

function bar(got: number, total: number | undefined): string {
  const mib = (n: number) => (n / 1024 ** 2).toFixed(1);
  if (!total) return `${mib(got)} MiB`;
  const width = 24;
  const filled = Math.min(width, Math.round((got / total) * width));
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${mib(got)}/${mib(total)} MiB ${Math.floor((got / total) * 100)}%`;
}
