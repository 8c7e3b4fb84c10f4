import { MAX_VERSION_LENGTH } from '../shared/numeric.js';
import { parseSemVer, type SemVer } from '../shared/semver2.js';

/** npm (node-semver) refuses major/minor/patch above Number.MAX_SAFE_INTEGER. */
const NPM_MAX_CORE = String(Number.MAX_SAFE_INTEGER);

/** `1` or `1.2`, optionally followed by a pre-release and/or build: a partial version to pad with `.0`. */
const PARTIAL = /^([0-9]+(?:\.[0-9]+)?)([-+].*)?$/;

/** Pads a partial core (`1.0` → `1.0.0`, `1-beta` → `1.0.0-beta`); a full version is returned as it is. */
function padPartial(version: string): string {
  const m = PARTIAL.exec(version);
  if (!m) return version;
  const core = m[1]!.split('.');
  while (core.length < 3) core.push('0');
  return core.join('.') + (m[2] ?? '');
}

/**
 * Parses a version the way npm reads one (node-semver `clean`): surrounding whitespace and any run of
 * leading `=` / `v` are dropped, the rest must be strict SemVer 2.0.0. Loose-mode extras (`1.2.3beta`,
 * leading zeros) are refused, as the registry refuses them.
 *
 * One superset: a partial version (`1`, `1.0`) reads as `1.0.0`, as osv.dev coerces range events. npm never
 * publishes one, but advisories use them (GHSA-r683-j2x4-v87g: node-fetch introduced `1.0`), and refusing
 * would drop the range and miss the vulnerability.
 */
export function parseNpmVersion(input: string): SemVer | undefined {
  if (input.length > MAX_VERSION_LENGTH) return undefined;
  const cleaned = input.trim().replace(/^[=v]+/, '');
  return parseSemVer(padPartial(cleaned), { maxCore: NPM_MAX_CORE });
}
