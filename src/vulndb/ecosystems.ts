import { normalizeName } from '../catalogers/shared/package.js';

/**
 * OSV ecosystem names (https://ossf.github.io/osv-schema/#affectedpackage-field, ecosystems.json)
 * plus those osv.dev serves that the list does not name yet. An affected entry in any other
 * ecosystem is reported as an issue and not indexed.
 */
export const KNOWN_ECOSYSTEMS: ReadonlySet<string> = new Set([
  'AlmaLinux', 'Alpine', 'Alpaquita', 'Android', 'Azure Linux', 'BellSoft', 'Bioconductor', 'Bitnami',
  'Chainguard', 'CleanStart', 'ConanCenter', 'CRAN', 'crates.io', 'Debian', 'Echo', 'GHC', 'GIT',
  'GitHub Actions', 'Go', 'Hackage', 'Hex', 'Julia', 'Kubernetes', 'Linux', 'Mageia', 'Maven', 'MinimOS',
  'npm', 'NuGet', 'openEuler', 'openSUSE', 'OSS-Fuzz', 'Packagist', 'Photon OS', 'Pub', 'PyPI', 'Red Hat',
  'Rocky Linux', 'RubyGems', 'SUSE', 'SwiftURL', 'Ubuntu', 'VSCode', 'Wolfi',
]);

/** The ecosystems `patchline db update` downloads when none are named. */
export const DEFAULT_ECOSYSTEMS = [
  'PyPI', 'npm', 'Go', 'Maven', 'crates.io', 'Packagist', 'RubyGems', 'NuGet',
  'Debian', 'Ubuntu', 'Alpine', 'AlmaLinux', 'Rocky Linux',
] as const;

export interface EcosystemKey {
  /** The ecosystem without its suffix: `Debian` for `Debian:12`. */
  base: string;
  /** The normalized release suffix, '' when there is none. */
  release: string;
}

/**
 * Splits `Debian:12` into base and release and normalizes the release so that what a cataloger
 * reads from os-release meets what an advisory writes: `Alpine:3.10.2` → `v3.10`, `Debian:12.5` → `12`,
 * `Ubuntu:22.04:LTS` → `22.04` (Ubuntu Pro stays `Pro:22.04`), `AlmaLinux:9.4` → `9`.
 */
export function splitEcosystem(ecosystem: string): EcosystemKey {
  const at = ecosystem.indexOf(':');
  const base = canonicalBase(at < 0 ? ecosystem : ecosystem.slice(0, at));
  if (at < 0) return { base, release: '' };
  return { base, release: normalizeRelease(base, ecosystem.slice(at + 1).trim()) };
}

const CANONICAL = new Map([...KNOWN_ECOSYSTEMS].map((e) => [e.toLowerCase(), e]));

/** OSV spells ecosystem names one way (`PyPI`, `crates.io`); `pypi` and `Pypi` mean the same one. */
function canonicalBase(base: string): string {
  const trimmed = base.trim();
  return CANONICAL.get(trimmed.toLowerCase()) ?? trimmed;
}

export function normalizeRelease(base: string, release: string): string {
  switch (base) {
    case 'Alpine': {
      const m = /^v?(\d+)\.(\d+)/.exec(release);
      return m ? `v${m[1]}.${m[2]}` : release;
    }
    case 'Debian':
    case 'AlmaLinux':
    case 'Rocky Linux': {
      const m = /^(\d+)(\.\d+)*$/.exec(release);
      return m ? m[1]! : release;
    }
    case 'Ubuntu':
      return release.replace(/:LTS$/i, '');
    default:
      return release;
  }
}

/** The name an affected package is indexed and looked up under. */
export function lookupName(base: string, name: string): string {
  return normalizeName(base, name);
}
