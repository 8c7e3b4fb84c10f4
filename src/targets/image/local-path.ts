import { existsSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';

export interface LocalRef {
  path: string;
  /** What follows the path: a tag/name (`:x`) or an index (`@N`), without the leading ':'. */
  selector?: string;
}

/**
 * Splits `PATH[:SELECTOR]` the way skopeo does: paths may contain ':' themselves, so the path is the
 * shortest prefix (at a ':' or '@') that exists on disk; the rest names the image inside it.
 */
export function splitLocalRef(rest: string, transport: string): LocalRef {
  if (!rest) throw new UsageError(`${transport}: needs a path, e.g. ${transport}:./image.tar`);
  if (existsSync(rest)) return { path: rest };
  for (let i = 1; i < rest.length; i++) {
    const c = rest[i];
    if ((c === ':' || c === '@') && existsSync(rest.slice(0, i))) {
      const selector = c === '@' ? rest.slice(i) : rest.slice(i + 1);
      return selector ? { path: rest.slice(0, i), selector } : { path: rest.slice(0, i) };
    }
  }
  throw new UsageError(`${transport}:${rest}: no such file or directory; check the path.`);
}
