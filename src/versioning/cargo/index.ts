import { compareSemVer, parseSemVer, type SemVer } from '../shared/semver2.js';
import { InvalidVersionError, type VersionScheme } from '../types.js';

/** The Rust `semver` crate stores major/minor/patch as u64. */
const U64_MAX = '18446744073709551615';

/** Strict SemVer 2.0.0 as the `semver` crate parses it: no prefix, no whitespace, no leading zeros, u64 parts. */
export function parseCargoVersion(version: string): SemVer | undefined {
  return parseSemVer(version, { maxCore: U64_MAX });
}

function parse(version: string): SemVer {
  const parsed = parseCargoVersion(version);
  if (!parsed) throw new InvalidVersionError('cargo', version);
  return parsed;
}

/**
 * crates.io: strict SemVer 2.0.0. Ordered by SemVer precedence, so build metadata is ignored
 * (`1.0.0+a` = `1.0.0+b`), as Cargo's requirement matching does; the crate's `Ord` would tie-break on it,
 * but crates.io refuses two versions that differ only in metadata.
 */
export const cargoScheme = {
  meta: { id: 'cargo', version: '1.0.0', summary: 'Strict SemVer 2.0.0 as crates.io and Cargo read it' },
  ecosystems: ['crates.io'],
  isValid: (version: string): boolean => parseCargoVersion(version) !== undefined,
  compare: (a: string, b: string): number => compareSemVer(parse(a), parse(b)),
} satisfies VersionScheme;
