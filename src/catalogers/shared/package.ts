import { PackageURL } from 'packageurl-js';
import type { Package } from '../../core/model.js';

/** OSV ecosystem → purl type and how the name splits into namespace and name. */
const PURL_TYPES: Record<string, string> = {
  PyPI: 'pypi',
  npm: 'npm',
  Go: 'golang',
  Maven: 'maven',
  'crates.io': 'cargo',
  Packagist: 'composer',
  RubyGems: 'gem',
  NuGet: 'nuget',
};

/** PEP 503 for PyPI; npm names are lower-case by rule; other ecosystems compare names as written. */
export function normalizeName(ecosystem: string, name: string): string {
  const trimmed = name.trim();
  if (ecosystem === 'PyPI') return trimmed.toLowerCase().replace(/[-_.]+/g, '-');
  if (ecosystem === 'npm' || ecosystem === 'Packagist') return trimmed.toLowerCase();
  return trimmed;
}

export function purlFor(ecosystem: string, name: string, version: string): string {
  const type = PURL_TYPES[ecosystem] ?? ecosystem.toLowerCase();
  let namespace: string | undefined;
  let base = name;
  const split = ecosystem === 'Maven' ? name.lastIndexOf(':') : ecosystem === 'NuGet' || ecosystem === 'PyPI' || ecosystem === 'RubyGems' || ecosystem === 'crates.io' ? -1 : name.lastIndexOf('/');
  if (split > 0) {
    namespace = name.slice(0, split);
    base = name.slice(split + 1);
  }
  return new PackageURL(type, namespace, base, version || undefined, undefined, undefined).toString();
}

export interface PackageInput {
  ecosystem: string;
  name: string;
  version: string;
  path: string;
  line?: number;
  direct?: boolean;
  scope?: string;
  constraint?: string;
}

/** Builds a Package with a normalized name and its purl; every cataloger makes packages through this. */
export function makePackage(input: PackageInput): Package {
  const name = normalizeName(input.ecosystem, input.name);
  return {
    ecosystem: input.ecosystem,
    name,
    version: input.version,
    purl: purlFor(input.ecosystem, name, input.version),
    locations: [{ path: input.path, ...(input.line !== undefined && { line: input.line }) }],
    ...(input.direct !== undefined && { direct: input.direct }),
    ...(input.scope !== undefined && { scope: input.scope }),
    ...(input.constraint !== undefined && { constraint: input.constraint }),
  };
}
