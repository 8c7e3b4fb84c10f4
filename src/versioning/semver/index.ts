import { InvalidVersionError, type VersionScheme } from '../types.js';
import { parseNpmVersion } from './npm-version.js';
import { compareSemVer, type SemVer } from '../shared/semver2.js';

function parse(version: string): SemVer {
  const parsed = parseNpmVersion(version);
  if (!parsed) throw new InvalidVersionError('semver', version);
  return parsed;
}

/** npm: SemVer 2.0.0 precedence, with npm's leniency for a leading `v`/`=` and surrounding whitespace. */
export const semverScheme = {
  meta: {
    id: 'semver',
    version: '1.0.0',
    summary: 'SemVer 2.0.0 as npm reads it: leading v/= and whitespace allowed, build metadata ignored',
  },
  ecosystems: ['npm'],
  isValid: (version: string): boolean => parseNpmVersion(version) !== undefined,
  compare: (a: string, b: string): number => compareSemVer(parse(a), parse(b)),
} satisfies VersionScheme;
