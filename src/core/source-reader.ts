import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { ScanIssue } from './model.js';
import type { WalkedFile } from './walker.js';

const BINARY_SNIFF_BYTES = 8000;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false });

export type ReadOutcome = { text: string; issue?: ScanIssue } | { text?: undefined; issue: ScanIssue };

/**
 * Reads a walked file as text, bounded by maxBytes even if it grew since the walk, without following a
 * link swapped in meanwhile. Binary files (a NUL byte near the start, as git decides) are skipped;
 * invalid UTF-8 is decoded with U+FFFD and reported, so what is readable is still scanned.
 */
export async function readSource(file: WalkedFile, maxBytes: number): Promise<ReadOutcome> {
  let buffer: Buffer;
  try {
    const handle = await open(file.absPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      buffer = Buffer.alloc(Math.min(file.size, maxBytes) + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > maxBytes) {
        return { issue: { code: 'too-large', message: `grew over the ${maxBytes} byte limit while scanning; skipped`, path: file.path } };
      }
      buffer = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
    return { issue: { code: 'unreadable-file', message: `cannot read: ${reason}; skipped`, path: file.path } };
  }
  if (isBinary(buffer)) {
    return { issue: { code: 'binary-file', message: 'binary file; skipped', path: file.path } };
  }
  try {
    return { text: strictUtf8.decode(buffer) };
  } catch {
    return {
      text: lenientUtf8.decode(buffer),
      issue: { code: 'invalid-utf8', message: 'not valid UTF-8; scanned with invalid bytes replaced', path: file.path },
    };
  }
}

export function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
