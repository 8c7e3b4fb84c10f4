import { InvalidVersionError, type VersionScheme } from '../types.js';
import { compareItems } from './compare-items.js';
import { parseItems } from './parse.js';

export const MAX_MAVEN_VERSION_LENGTH = 256;

/** Characters that make a string a range, a property reference or a path rather than one version. */
const FORBIDDEN = '[](){},$\\/:"<>|?*\'';

/**
 * Maven accepts any string as a version; we refuse the ones that cannot be a single version: empty,
 * over-long, with whitespace or control characters, range or path syntax, or no letter or digit at all.
 */
export function isValidMavenVersion(version: string): boolean {
  if (version.length === 0 || version.length > MAX_MAVEN_VERSION_LENGTH) return false;
  let alphanumeric = false;
  for (const c of version) {
    const code = c.codePointAt(0)!;
    if (code <= 0x20 || code === 0x7f || /\s/u.test(c) || FORBIDDEN.includes(c)) return false;
    if (/[\p{L}\p{N}]/u.test(c)) alphanumeric = true;
  }
  return alphanumeric;
}

/** Maven 3.9 ComparableVersion order: 1-alpha-1 < 1-SNAPSHOT < 1 = 1.0 = 1-ga < 1-sp < 1-xyz < 1-1 < 1.1. */
export function compareMavenVersions(a: string, b: string): number {
  for (const v of [a, b]) if (!isValidMavenVersion(v)) throw new InvalidVersionError('maven', v);
  return Math.sign(compareItems(parseItems(a), parseItems(b)));
}

export const mavenScheme = {
  meta: {
    id: 'maven',
    version: '1.0.0',
    summary: "Maven artifact versions ordered as Maven 3.9's ComparableVersion orders them",
  },
  ecosystems: ['Maven'],
  isValid: isValidMavenVersion,
  compare: compareMavenVersions,
} satisfies VersionScheme;
