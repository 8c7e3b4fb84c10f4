import { InvalidVersionError, type VersionScheme } from '../types.js';
import { compareNuGet, parseNuGetVersion, type NuGetVersion } from './nuget-version.js';

function parse(version: string): NuGetVersion {
  const parsed = parseNuGetVersion(version);
  if (!parsed) throw new InvalidVersionError('nuget', version);
  return parsed;
}

/** NuGet: NuGet.Versioning's NuGetVersion and VersionComparer.Default (`1.0` = `1.0.0.0`, labels case-insensitive). */
export const nugetScheme = {
  meta: {
    id: 'nuget',
    version: '1.0.0',
    summary: 'NuGet versions: up to four parts, SemVer 2 labels compared case-insensitively, metadata ignored',
  },
  ecosystems: ['NuGet'],
  isValid: (version: string): boolean => parseNuGetVersion(version) !== undefined,
  compare: (a: string, b: string): number => compareNuGet(parse(a), parse(b)),
} satisfies VersionScheme;
