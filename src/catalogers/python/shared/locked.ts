import type { Package } from '../../../core/model.js';
import { makePackage, normalizeName } from '../../shared/package.js';
import { arrayTableKeyLines, scanTomlLines } from './toml-lines.js';

export const ECOSYSTEM = 'PyPI';

/**
 * The line of each `[[table]]` entry's `name` key, in order — when the array is written as headers
 * (as every lock tool writes it). When it is not (an inline array), lines are omitted.
 */
export function entryLines(text: string, table: string, count: number): (number | undefined)[] {
  const lines = arrayTableKeyLines(scanTomlLines(text), table, 'name');
  return lines.length === count ? lines : [];
}

export interface LockedInput {
  name: string;
  version: string;
  path: string;
  line?: number;
  scope?: string;
  direct?: boolean;
}

/** A resolved package from a lockfile. */
export function lockedPackage(input: LockedInput): Package {
  return makePackage({ ecosystem: ECOSYSTEM, ...input });
}

/** `direct` from the names a manifest declares; undefined when the manifest is unknown. */
export function directFrom(names: Set<string> | undefined, name: string): boolean | undefined {
  return names ? names.has(normalizeName(ECOSYSTEM, name)) : undefined;
}
