import { MAX_VERSION_LENGTH } from '../shared/numeric.js';

/**
 * Composer's VersionParser::normalize (composer/semver), for versions (not constraints).
 * `1.2` → `1.2.0.0`, `v2.0.0-rc.1` → `2.0.0.0-RC1`, `1.0.0p2` → `1.0.0.0-patch2`, `2.1.x-dev` →
 * `2.1.9999999.9999999-dev`, build metadata dropped. Branches (`dev-main`, `master`) are refused: Composer
 * never orders a branch against a version, so no answer would be right.
 *
 * The modifier is Composer's `[._-]?(?:(stability)((?:[.-]?\d+)*+)?)?([.-]?dev)?`, written with one digit per
 * repetition so it cannot backtrack the way a non-possessive `(?:[.-]?\d+)*` would.
 */
const MODIFIER = '[._-]?(?:(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?[0-9])*))?([.-]?dev)?';
const CLASSICAL = new RegExp(`^v?([0-9]{1,5})(\\.[0-9]+)?(\\.[0-9]+)?(\\.[0-9]+)?${MODIFIER}$`, 'i');
const DATE = new RegExp(`^v?([0-9]{4}(?:[.:-]?[0-9]{2}){1,6}(?:[.:-]?[0-9]{1,3}){0,2})${MODIFIER}$`, 'i');
const BUILD_METADATA = /^([^,\s+]+)\+[^\s]+$/;
/** PHP's trim(): space, tab, newline, carriage return, NUL, vertical tab — nothing wider. */
const PHP_TRIM = /^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g;
const NUMERIC_BRANCH = /^v?([0-9]+)(\.(?:[0-9]+|[x*]))?(\.(?:[0-9]+|[x*]))?(\.(?:[0-9]+|[x*]))?$/i;

function expandStability(stability: string): string {
  const s = stability.toLowerCase();
  if (s === 'a') return 'alpha';
  if (s === 'b') return 'beta';
  if (s === 'p' || s === 'pl') return 'patch';
  if (s === 'rc') return 'RC';
  return s;
}

/** Appends Composer's normalized stability suffix (`-beta2`, `-RC1-dev`) from the modifier groups. */
function withModifiers(version: string, stability?: string, numbers?: string, dev?: string): string {
  let out = version;
  if (stability) {
    // Composer compares case-sensitively here: only a lower-case `stable` is dropped.
    if (stability === 'stable') return out;
    out += `-${expandStability(stability)}${(numbers ?? '').replace(/^[.-]+/, '')}`;
  }
  return dev ? `${out}-dev` : out;
}

/** `1.x-dev` / `2.0.*-dev`: numeric branches, which Composer orders as `1.9999999.9999999.9999999-dev`. */
function normalizeNumericBranch(version: string): string | undefined {
  if (!/dev$/i.test(version)) return undefined;
  const name = version.slice(0, -3).replace(/[.-]$/, '');
  const m = NUMERIC_BRANCH.exec(name);
  if (!m) return undefined;
  const parts = [m[1]!, ...[m[2], m[3], m[4]].map((p) => (p ? p.slice(1) : 'x'))];
  return `${parts.map((p) => (/^[x*]$/i.test(p) ? '9999999' : p)).join('.')}-dev`;
}

/** Normalizes a Composer version string; undefined for a branch or anything Composer would refuse. */
export function normalizeComposerVersion(input: string): string | undefined {
  if (input.length > MAX_VERSION_LENGTH) return undefined;
  let version = input.replace(PHP_TRIM, '');
  if (version === '' || /^dev-/i.test(version) || ['master', 'trunk', 'default'].includes(version)) return undefined;
  const meta = BUILD_METADATA.exec(version);
  if (meta) version = meta[1]!;
  const classical = CLASSICAL.exec(version);
  if (classical) {
    const [, major, minor, patch, build, stability, numbers, dev] = classical;
    return withModifiers(`${major}${minor || '.0'}${patch || '.0'}${build || '.0'}`, stability, numbers, dev);
  }
  const date = DATE.exec(version);
  if (date) {
    const [, stamp, stability, numbers, dev] = date;
    return withModifiers(stamp!.replace(/[^0-9]/g, '.'), stability, numbers, dev);
  }
  return normalizeNumericBranch(version);
}
