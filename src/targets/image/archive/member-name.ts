import path from 'node:path';
import { ParseError } from '../../../core/errors.js';

/**
 * An archive member's name as a clean relative path (`./a/b` → `a/b`). Absolute names and `..` segments
 * are refused: a name like that in an image archive is an attack, not an accident.
 */
export function memberName(raw: string, archive: string): string {
  const slashed = raw.replace(/\\/g, '/');
  if (slashed.startsWith('/') || slashed.split('/').includes('..')) {
    throw new ParseError(`${archive}: member "${raw.slice(0, 200)}" points outside the archive (absolute or "..") — refusing the archive as hostile.`);
  }
  const clean = path.posix.normalize(slashed).replace(/^(\.\/)+/, '').replace(/\/$/, '');
  return clean === '.' ? '' : clean;
}

/** A path named inside archive metadata (manifest.json Layers/Config) checked the same way. */
export function referencedName(raw: unknown, archive: string, field: string): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 1024) {
    throw new ParseError(`${archive}: ${field} is not a member path; the archive's manifest is damaged.`);
  }
  return memberName(raw, archive);
}
