import type { PluginMeta } from '../scanners/types.js';

/**
 * A version scheme orders the versions of one family of ecosystems exactly as that ecosystem's tools do.
 * `compare` throws InvalidVersionError for a string the scheme cannot read; callers turn that into an
 * issue, never a crash.
 */
export interface VersionScheme {
  meta: PluginMeta;
  /** OSV ecosystem names (without a `:release` suffix) this scheme orders, e.g. ['Debian', 'Ubuntu']. */
  ecosystems: readonly string[];
  isValid(version: string): boolean;
  /** Negative when a < b, 0 when equal (as the ecosystem defines equality), positive when a > b. */
  compare(a: string, b: string): number;
}

export class InvalidVersionError extends Error {
  constructor(readonly scheme: string, readonly version: string) {
    super(`'${version}' is not a valid ${scheme} version`);
    this.name = 'InvalidVersionError';
  }
}
