import { InvalidVersionError, type VersionScheme } from '../types.js';
import { parseDebVersion, type DebVersion } from './parse.js';
import { verrevcmp } from './verrevcmp.js';

function parseOrThrow(version: string): DebVersion {
  const parsed = parseDebVersion(version);
  if (!parsed) throw new InvalidVersionError('deb', version);
  return parsed;
}

/** dpkg --compare-versions: epoch numerically, then upstream, then revision with verrevcmp. */
export function compareDebVersions(a: string, b: string): number {
  const x = parseOrThrow(a);
  const y = parseOrThrow(b);
  if (x.epoch !== y.epoch) return x.epoch < y.epoch ? -1 : 1;
  return Math.sign(verrevcmp(x.upstream, y.upstream)) || Math.sign(verrevcmp(x.revision, y.revision));
}

export const debScheme = {
  meta: {
    id: 'deb',
    version: '1.0.0',
    summary: "Debian package versions ([epoch:]upstream[-revision]) ordered as dpkg orders them",
  },
  ecosystems: ['Debian', 'Ubuntu'],
  isValid: (version: string): boolean => parseDebVersion(version) !== undefined,
  compare: compareDebVersions,
} satisfies VersionScheme;
