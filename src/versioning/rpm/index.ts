import { InvalidVersionError, type VersionScheme } from '../types.js';
import { parseRpmVersion, type RpmVersion } from './parse.js';
import { rpmvercmp } from './rpmvercmp.js';

function parseOrThrow(evr: string): RpmVersion {
  const parsed = parseRpmVersion(evr);
  if (!parsed) throw new InvalidVersionError('rpm', evr);
  return parsed;
}

function compareEpochs(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders two EVRs: epoch as a number (missing = 0), then version, then release with rpmvercmp. A missing
 * release compares as the empty string, so `1.0 < 1.0-0`.
 */
export function compareRpmVersions(a: string, b: string): number {
  const x = parseOrThrow(a);
  const y = parseOrThrow(b);
  return (
    compareEpochs(x.epoch, y.epoch) ||
    rpmvercmp(x.version, y.version) ||
    rpmvercmp(x.release ?? '', y.release ?? '')
  );
}

export const rpmScheme = {
  meta: {
    id: 'rpm',
    version: '1.0.0',
    summary: 'RPM package versions ([epoch:]version[-release]) ordered as rpmvercmp orders them',
  },
  // OSV ecosystems first. Amazon Linux, CentOS, Fedora and Oracle Linux are not OSV ecosystems, but a
  // cataloger that labels packages from those RPM distributions by name still finds this scheme.
  ecosystems: [
    'AlmaLinux', 'Azure Linux', 'Mageia', 'openEuler', 'openSUSE', 'Red Hat', 'Rocky Linux', 'SUSE',
    'Amazon Linux', 'CentOS', 'Fedora', 'Oracle Linux',
  ],
  isValid: (version: string): boolean => parseRpmVersion(version) !== undefined,
  compare: compareRpmVersions,
} satisfies VersionScheme;
