import { compareDigits, compareStrings, isDigits, isIdentifier, MAX_VERSION_LENGTH } from './numeric.js';

/** A parsed SemVer 2.0.0 version (https://semver.org). Numbers are kept as digit strings: no size limit. */
export interface SemVer {
  major: string;
  minor: string;
  patch: string;
  prerelease: readonly string[];
  build: readonly string[];
}

export interface SemVerLimits {
  /** Largest allowed major/minor/patch, as a digit string (npm: 2^53-1, Cargo: 2^64-1). */
  maxCore?: string;
}

/** A numeric identifier: digits, and no leading zero unless it is `0`. */
function isNumericIdentifier(s: string): boolean {
  return isDigits(s) && (s.length === 1 || s[0] !== '0');
}

function parseCore(core: string, limits: SemVerLimits): [string, string, string] | undefined {
  const parts = core.split('.');
  if (parts.length !== 3) return undefined;
  for (const p of parts) {
    if (!isNumericIdentifier(p)) return undefined;
    if (limits.maxCore !== undefined && compareDigits(p, limits.maxCore) > 0) return undefined;
  }
  return parts as [string, string, string];
}

function parsePrerelease(pre: string): string[] | undefined {
  const ids = pre.split('.');
  for (const id of ids) {
    if (!isIdentifier(id)) return undefined;
    if (isDigits(id) && !isNumericIdentifier(id)) return undefined;
  }
  return ids;
}

function parseBuild(build: string): string[] | undefined {
  const ids = build.split('.');
  return ids.every(isIdentifier) ? ids : undefined;
}

/** Parses a strict SemVer 2.0.0 string (no prefix, no whitespace); undefined when it is not one. */
export function parseSemVer(input: string, limits: SemVerLimits = {}): SemVer | undefined {
  if (input.length === 0 || input.length > MAX_VERSION_LENGTH) return undefined;
  const plus = input.indexOf('+');
  const head = plus < 0 ? input : input.slice(0, plus);
  const build = plus < 0 ? [] : parseBuild(input.slice(plus + 1));
  const dash = head.indexOf('-');
  const core = parseCore(dash < 0 ? head : head.slice(0, dash), limits);
  const prerelease = dash < 0 ? [] : parsePrerelease(head.slice(dash + 1));
  if (!core || !prerelease || !build) return undefined;
  const [major, minor, patch] = core;
  return { major, minor, patch, prerelease, build };
}

/** SemVer 2.0.0 §11: numeric identifiers numerically, numeric < alphanumeric, alphanumeric in ASCII order. */
export function compareIdentifiers(a: string, b: string): number {
  const an = isDigits(a);
  const bn = isDigits(b);
  if (an && bn) return compareDigits(a, b);
  if (an !== bn) return an ? -1 : 1;
  return compareStrings(a, b);
}

/** Compares pre-release identifier lists; an empty list (a release) ranks above any pre-release. */
export function comparePrerelease(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareIdentifiers(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return Math.sign(a.length - b.length);
}

/** SemVer 2.0.0 precedence: build metadata is ignored, so `1.0.0+a` equals `1.0.0+b`. */
export function compareSemVer(a: SemVer, b: SemVer): number {
  return (
    compareDigits(a.major, b.major) ||
    compareDigits(a.minor, b.minor) ||
    compareDigits(a.patch, b.patch) ||
    comparePrerelease(a.prerelease, b.prerelease)
  );
}
