import { InvalidVersionError, type VersionScheme } from '../types.js';
import { normalizeComposerVersion } from './normalize.js';
import { phpVersionCompare } from './php-version-compare.js';

function normalize(version: string): string {
  const normalized = normalizeComposerVersion(version);
  if (normalized === undefined) throw new InvalidVersionError('composer', version);
  return normalized;
}

/**
 * Packagist: Composer's order — VersionParser::normalize, then version_compare. Stabilities order
 * dev < alpha < beta < RC < stable < patch; `1.2` = `1.2.0.0`; `v` and build metadata dropped.
 * `dev-<branch>` versions are invalid: Composer matches them by name only, never by order.
 */
export const composerScheme = {
  meta: {
    id: 'composer',
    version: '1.0.0',
    summary: "Composer versions: VersionParser normalization then PHP version_compare; dev-branches invalid",
  },
  ecosystems: ['Packagist'],
  isValid: (version: string): boolean => normalizeComposerVersion(version) !== undefined,
  compare: (a: string, b: string): number => phpVersionCompare(normalize(a), normalize(b)),
} satisfies VersionScheme;
