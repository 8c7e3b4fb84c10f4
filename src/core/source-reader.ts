import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { ScanIssue } from './model.js';
import type { WalkedFile } from './walker.js';
import { formatBytes } from './walker.js';

const BINARY_SNIFF_BYTES = 8000;
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false });

export type ReadOutcome = { text: string; size: number; issue?: ScanIssue } | { text?: undefined; issue: ScanIssue };

/**
 * Reads a walked file as text, bounded by maxBytes even if it grows while being read, without following
 * a link swapped in since the walk. Binary files (a NUL byte near the start, as git decides) are skipped;
 * invalid UTF-8 is decoded with U+FFFD and reported, so what is readable is still scanned.
 * Synchronous on purpose: for many small files, thread-pool round trips cost more than the reads.
 */
export function readSource(file: WalkedFile, maxBytes: number): ReadOutcome {
  const read = readBytes(file, maxBytes);
  return read.bytes ? decodeText(read.bytes, file.path) : { issue: read.issue };
}

/** The file's bytes, with the same bounds and link checks as readSource (for binary package databases). */
export function readBytes(file: WalkedFile, maxBytes: number): { bytes: Buffer; issue?: undefined } | { bytes?: undefined; issue: ScanIssue } {
  let fd: number | undefined;
  try {
    fd = openSync(file.absPath, OPEN_FLAGS);
    const st = fstatSync(fd);
    if (!st.isFile()) return { issue: { code: 'special-file', message: 'not a regular file; skipped', path: file.path } };
    if (st.size > maxBytes) return { issue: tooLarge(file.path, st.size, maxBytes) };
    const buffer = Buffer.allocUnsafe(st.size + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, length);
    if (length > st.size) return { issue: { code: 'too-large', message: 'grew while being read; skipped', path: file.path } };
    return { bytes: buffer.subarray(0, length) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'replaced by a symbolic link' : code;
    return { issue: { code: 'unreadable-file', message: `cannot read: ${reason}; skipped`, path: file.path } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A file's bytes as text: binaries are skipped, invalid UTF-8 is replaced and reported. */
export function decodeText(buffer: Buffer, path: string): ReadOutcome {
  if (isBinary(buffer)) return { issue: { code: 'binary-file', message: 'binary file; skipped', path } };
  try {
    return { text: strictUtf8.decode(buffer), size: buffer.length };
  } catch {
    return {
      text: lenientUtf8.decode(buffer),
      size: buffer.length,
      issue: { code: 'invalid-utf8', message: 'not valid UTF-8; scanned with invalid bytes replaced', path },
    };
  }
}

function tooLarge(path: string, size: number, max: number): ScanIssue {
  return {
    code: 'too-large',
    message: `${formatBytes(size)} is over the ${formatBytes(max)} limit; skipped (raise limits.maxFileSize in patchline.yaml to scan it)`,
    path,
  };
}

export function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
