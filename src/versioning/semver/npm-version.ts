import { MAX_VERSION_LENGTH } from './numeric.js';
import { parseSemVer, type SemVer } from './semver2.js';

/** npm (node-semver) refuses major/minor/patch above Number.MAX_SAFE_INTEGER. */
const NPM_MAX_CORE = String(Number.MAX_SAFE_INTEGER);

/**
 * Parses a version the way npm reads one (node-semver `clean`): surrounding whitespace and any run of
 * leading `=` / `v` are dropped, the rest must be strict SemVer 2.0.0. Loose-mode extras (`1.2.3beta`,
 * leading zeros) are refused, as the registry refuses them.
 */
export function parseNpmVersion(input: string): SemVer | undefined {
  if (input.length > MAX_VERSION_LENGTH) return undefined;
  const cleaned = input.trim().replace(/^[=v]+/, '');
  return parseSemVer(cleaned, { maxCore: NPM_MAX_CORE });
}
