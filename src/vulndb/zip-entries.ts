import yauzl from 'yauzl';
import { ParseError } from '../core/errors.js';
import type { ImportIssues } from './import-issues.js';
import type { ByteBudget, ImportLimits } from './limits.js';

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
 * error naming the file.
 */
export async function* zipRecordFiles(file: string, limits: ImportLimits, budget: ByteBudget, issues: ImportIssues): AsyncGenerator<ZipRecordFile> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { decodeStrings: false, validateEntrySizes: true, autoClose: true });
  } catch (err) {
    throw new ParseError(`${file} is not a readable zip archive (${(err as Error).message}); it may be truncated or corrupt — download it again`, { cause: err });
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new ParseError(`${file} has ${zip.entryCount} entries, more than the limit of ${limits.maxEntries}; refusing to import it`);
  }
  try {
    for await (const entry of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
      if (name.endsWith('/')) continue;
      const where = `${file}!${name.slice(0, 200)}`;
      const unsafe = yauzl.validateFileName(name);
      if (unsafe) {
        issues.add('unsafe-entry-name', where, `entry ignored: ${unsafe}`);
        continue;
      }
      if (!SUFFIXES.some((s) => name.toLowerCase().endsWith(s))) continue;
      if (entry.isEncrypted() || !entry.canDecodeFileData()) {
        issues.add('unreadable-entry', where, 'encrypted or uses an unsupported compression method; skipped');
        continue;
      }
      const size = entry.uncompressedSize;
      if (size > limits.ratioFloorBytes && size / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
        throw new ParseError(`${where} expands ${Math.round(size / Math.max(entry.compressedSize, 1))}× (${size} bytes): this looks like a zip bomb; refusing to import ${file}`);
      }
      if (size > limits.maxEntryBytes) {
        issues.add('entry-too-large', where, `${size} bytes, more than the ${limits.maxEntryBytes}-byte limit; skipped`);
        continue;
      }
      if (!budget.fits(size)) {
        throw new ParseError(`${file}: the import would read more than ${budget.limit} bytes; refusing to go on (raise the limit only for a source you trust)`);
      }
      budget.take(size);
      yield { name, bytes: await readEntry(zip, entry, size, where) };
    }
  } catch (err) {
    zip.close();
    if (err instanceof ParseError) throw err;
    throw new ParseError(`${file} is not a readable zip archive (${(err as Error).message}); it may be truncated or corrupt — download it again`, { cause: err });
  }
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, size: number, where: string): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let got = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    got += chunk.length;
    // validateEntrySizes stops a lying header too, but only after the fact; never hold more than declared.
    if (got > size) {
      stream.destroy();
      throw new ParseError(`${where} holds more data than its header declares`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, got);
}
