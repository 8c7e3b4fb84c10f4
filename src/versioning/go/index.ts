import { compareSemVer, type SemVer } from '../shared/semver2.js';
import { InvalidVersionError, type VersionScheme } from '../types.js';
import { parseGoVersion } from './go-version.js';

function parse(version: string): SemVer {
  const parsed = parseGoVersion(version);
  if (!parsed) throw new InvalidVersionError('go', version);
  return parsed;
}

/**
 * Go modules: SemVer 2.0.0 precedence as golang.org/x/mod/semver.Compare — pseudo-versions are ordinary
 * pre-releases, `+incompatible` is build metadata and so ignored.
 */
export const goScheme = {
  meta: {
    id: 'go',
    version: '1.0.0',
    summary: 'Go module versions (pseudo-versions, +incompatible, optional v) and go1.x toolchain names',
  },
  ecosystems: ['Go'],
  isValid: (version: string): boolean => parseGoVersion(version) !== undefined,
  compare: (a: string, b: string): number => compareSemVer(parse(a), parse(b)),
} satisfies VersionScheme;
