import { MAX_VERSION_LENGTH } from '../shared/numeric.js';
import { parseSemVer, type SemVer } from '../shared/semver2.js';

/** Go toolchain / stdlib release names: go1, go1.21, go1.21.3, go1.21rc2, go1.9beta1. */
const TOOLCHAIN = /^go([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(?:(alpha|beta|rc)([0-9]+))?$/;

/** Shorthands golang.org/x/mod/semver accepts: v1 = v1.0.0, v1.2 = v1.2.0 (never with a suffix). */
const SHORTHAND = /^[0-9]+(?:\.[0-9]+)?$/;

/**
 * Maps a Go toolchain name onto SemVer: go1.21.3 → 1.21.3, go1.21rc2 → 1.21.0-rc.2, go1.20 → 1.20.0.
 * Before Go 1.21, `go1.N` named the N.0 release, which is how OSV writes the stdlib; Go 1.21+ reads a bare
 * `go1.21` as the language version that precedes 1.21rc1 — callers comparing those should pass `go1.21.0`.
 */
function toolchainToSemVer(input: string): string | undefined {
  const m = TOOLCHAIN.exec(input);
  if (!m) return undefined;
  const [, major, minor = '0', patch = '0', pre, preNumber] = m;
  return `${major}.${minor}.${patch}${pre ? `-${pre}.${preNumber}` : ''}`;
}

/**
 * Parses a Go module version as golang.org/x/mod/semver does (`v1.2.3`, `v1.2.3-pre`, `+incompatible`,
 * pseudo-versions, `v1`/`v1.2` shorthands), also without the `v` (OSV's Go data often omits it), and Go
 * toolchain names (`go1.21.3`).
 */
export function parseGoVersion(input: string): SemVer | undefined {
  if (input.length === 0 || input.length > MAX_VERSION_LENGTH) return undefined;
  if (input.startsWith('go')) {
    const semver = toolchainToSemVer(input);
    return semver === undefined ? undefined : parseSemVer(semver);
  }
  const bare = input.startsWith('v') ? input.slice(1) : input;
  if (SHORTHAND.test(bare)) {
    const parts = bare.split('.');
    while (parts.length < 3) parts.push('0');
    return parseSemVer(parts.join('.'));
  }
  return parseSemVer(bare);
}
