import { closeSync, fstatSync, openSync } from 'node:fs';
import yauzl from 'yauzl';
import { ParseError } from '../core/errors.js';
import type { ImportIssues } from './import-issues.js';
import type { ByteBudget, ImportLimits } from './limits.js';
import { CrcError, EntryCountError, fileReader, readCentralDirectory, readEntryData, type CentralEntry } from './zip-central.js';

export interface ZipRecordFile {
  /** The entry name inside the archive. */
  name: string;
  bytes: Buffer;
}

const SUFFIXES = ['.json', '.yaml', '.yml'];

/**
 * Yields the record files (`*.json`, `*.yaml`) of a zip archive, in memory — nothing is ever written
 * to disk. Unsafe names (`..`, absolute) and oversized entries are skipped with an issue; a corrupt
 * or truncated archive, too many entries, a zip bomb or a blown total budget end the import with an
 * error naming the file. Every entry is checked against its CRC-32.
 */
export async function* zipRecordFiles(file: string, limits: ImportLimits, budget: ByteBudget, issues: ImportIssues): AsyncGenerator<ZipRecordFile> {
  const fd = openSync(file, 'r');
  try {
    let entries: CentralEntry[];
    let dataEnd: number;
    try {
      const cd = readCentralDirectory(fileReader(fd), fstatSync(fd).size, limits.maxEntries);
      entries = cd.entries;
      dataEnd = cd.offset;
    } catch (err) {
      if (err instanceof EntryCountError) throw new ParseError(`${file} has ${err.count} entries, more than the limit of ${err.limit}; refusing to import it`);
      throw unreadable(file, err);
    }
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue;
      const where = `${file}!${entry.name.slice(0, 200)}`;
      const unsafe = yauzl.validateFileName(entry.name);
      if (unsafe) {
        issues.add('unsafe-entry-name', where, `entry ignored: ${unsafe}`);
        continue;
      }
      if (!SUFFIXES.some((s) => entry.name.toLowerCase().endsWith(s))) continue;
      if ((entry.flags & 1) !== 0 || (entry.method !== 0 && entry.method !== 8)) {
        issues.add('unreadable-entry', where, 'encrypted or uses an unsupported compression method; skipped');
        continue;
      }
      const size = entry.uncompressedSize;
      const ratio = size / Math.max(entry.compressedSize, 1);
      if (size > limits.ratioFloorBytes && ratio > limits.maxRatio) {
        throw new ParseError(`${where} expands ${Math.round(ratio)}× (${size} bytes): this looks like a zip bomb; refusing to import ${file}`);
      }
      if (size > limits.maxEntryBytes) {
        issues.add('entry-too-large', where, `${size} bytes, more than the ${limits.maxEntryBytes}-byte limit; skipped`);
        continue;
      }
      if (!budget.fits(size)) {
        throw new ParseError(`${file}: the import would read more than ${budget.limit} bytes; refusing to go on (raise the limit only for a source you trust)`);
      }
      budget.take(size);
      yield { name: entry.name, bytes: readEntry(fd, entry, dataEnd, file, where) };
    }
  } finally {
    closeSync(fd);
  }
}

function readEntry(fd: number, entry: CentralEntry, dataEnd: number, file: string, where: string): Buffer {
  try {
    return readEntryData(fileReader(fd), entry, dataEnd);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ParseError(`${where} holds more data than its header declares; refusing to import ${file}`);
    if (err instanceof CrcError) throw new ParseError(`${where} does not match its header (size or CRC-32); ${file} is corrupt — download it again`);
    throw unreadable(file, err, where);
  }
}

function unreadable(file: string, err: unknown, where?: string): ParseError {
  const detail = `${where ? `${where.slice(file.length + 1)}: ` : ''}${(err as Error).message}`;
  return new ParseError(`${file} is not a readable zip archive (${detail}); it may be truncated or corrupt — download it again`, { cause: err });
}
