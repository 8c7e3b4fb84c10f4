import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { PatchlineError } from '../core/errors.js';
import type { ImportIssues } from './import-issues.js';
import type { ByteBudget, ImportLimits } from './limits.js';
import { zipRecordFiles } from './zip-entries.js';

/** One file that holds OSV records or an Alpine secdb document. */
export interface RecordFile {
  /** Where it came from, for issues: a path, or `archive.zip!entry`. */
  where: string;
  kind: 'json' | 'yaml';
  bytes: Buffer;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/**
 * Yields every record file of a source: a zip (OSV's `all.zip` or any zip of JSON), a folder
 * (walked recursively, symlinks not followed), or a single JSON or YAML file.
 */
export async function* recordFiles(source: string, limits: ImportLimits, budget: ByteBudget, issues: ImportIssues): AsyncGenerator<RecordFile> {
  let st;
  try {
    st = await lstat(source);
  } catch (err) {
    throw new PatchlineError('io', `cannot read ${source}: ${(err as NodeJS.ErrnoException).code ?? err}. Give a zip, a folder or a JSON/YAML file.`, { cause: err });
  }
  if (st.isDirectory()) {
    yield* folderFiles(source, limits, budget, issues);
  } else if (st.isFile() || st.isSymbolicLink()) {
    // A path named on the command line is the user's choice, so a symlink to a file is read.
    yield* singleFile(source, limits, budget, issues, true);
  } else {
    throw new PatchlineError('io', `${source} is not a file or folder`);
  }
}

async function* folderFiles(dir: string, limits: ImportLimits, budget: ByteBudget, issues: ImportIssues): AsyncGenerator<RecordFile> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      issues.add('symlink-skipped', full, 'symbolic links inside a source folder are not followed');
    } else if (entry.isDirectory()) {
      yield* folderFiles(full, limits, budget, issues);
    } else if (entry.isFile() && /\.(json|ya?ml|zip)$/i.test(entry.name)) {
      yield* singleFile(full, limits, budget, issues, false);
    }
  }
}

async function* singleFile(file: string, limits: ImportLimits, budget: ByteBudget, issues: ImportIssues, named: boolean): AsyncGenerator<RecordFile> {
  const read = readSmallFile(file, limits, budget, issues, named);
  if (read === 'zip') yield* zipFiles(file, limits, budget, issues);
  else if (read) yield read;
}

/** Reads a JSON/YAML file within the bounds, or says it is a zip; undefined when it is skipped. Synchronous: tens of thousands of small files. */
function readSmallFile(file: string, limits: ImportLimits, budget: ByteBudget, issues: ImportIssues, named: boolean): RecordFile | 'zip' | undefined {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    if (head.equals(ZIP_MAGIC) || head.equals(EMPTY_ZIP_MAGIC) || /\.zip$/i.test(file)) return 'zip';
    const kind = /\.ya?ml$/i.test(file) ? 'yaml' : /\.json$/i.test(file) || named ? 'json' : undefined;
    if (!kind) return undefined;
    if (size > limits.maxEntryBytes) {
      issues.add('entry-too-large', file, `${size} bytes, more than the ${limits.maxEntryBytes}-byte limit; skipped`);
      return undefined;
    }
    if (!budget.fits(size)) throw new PatchlineError('io', `the import would read more than ${budget.limit} bytes at ${file}; refusing to go on`);
    budget.take(size);
    const bytes = Buffer.alloc(size);
    const got = size ? readSync(fd, bytes, 0, size, 0) : 0;
    return { where: file, kind, bytes: bytes.subarray(0, got) };
  } finally {
    closeSync(fd);
  }
}

async function* zipFiles(file: string, limits: ImportLimits, budget: ByteBudget, issues: ImportIssues): AsyncGenerator<RecordFile> {
  for await (const entry of zipRecordFiles(file, limits, budget, issues)) {
    yield { where: `${file}!${entry.name}`, kind: /\.ya?ml$/i.test(entry.name) ? 'yaml' : 'json', bytes: entry.bytes };
  }
}
