import { PackageURL } from 'packageurl-js';
import type { Package } from '../../../core/model.js';
import type { OsInfo } from './os-release.js';

export type OsPackageType = 'deb' | 'apk' | 'rpm';

/** Without an os-release to go by, a package manager's packages are labelled by its home distribution. */
const HOME: Record<OsPackageType, { ecosystem: string; namespace: string }> = {
  deb: { ecosystem: 'Debian', namespace: 'debian' },
  apk: { ecosystem: 'Alpine', namespace: 'alpine' },
  rpm: { ecosystem: 'Red Hat', namespace: 'redhat' },
};

const TYPE_OF_BASE: Record<string, OsPackageType> = {
  Debian: 'deb', Ubuntu: 'deb',
  Alpine: 'apk', Wolfi: 'apk', Chainguard: 'apk',
};

export interface OsPackageInput {
  type: OsPackageType;
  name: string;
  version: string;
  arch?: string;
  /** The source package (Debian `Source:`, Alpine origin `o:`, RPM SOURCERPM): advisories name it. */
  source?: { name: string; version: string };
  /** The database file it was read from, relative to the root. */
  path: string;
}

/** The package manager an OS's packages come from (deb for Debian and Ubuntu, apk for Alpine and Wolfi, else rpm). */
export function packageTypeOf(os: OsInfo): OsPackageType {
  return TYPE_OF_BASE[os.ecosystem.split(':')[0]!] ?? 'rpm';
}

/** An OS package in the OSV ecosystem of the distribution (`Debian:12`), with a purl naming it. */
export function osPackage(input: OsPackageInput, os?: OsInfo): Package {
  const target = os && packageTypeOf(os) === input.type ? { ecosystem: os.ecosystem, namespace: os.namespace } : HOME[input.type];
  const distro = os ? `${os.id}-${os.version}`.replace(/-$/, '') : undefined;
  const qualifiers: Record<string, string> = {};
  if (input.arch) qualifiers.arch = input.arch;
  if (distro && target.namespace === os?.namespace) qualifiers.distro = distro;
  return {
    ecosystem: target.ecosystem,
    name: input.name,
    version: input.version,
    purl: new PackageURL(input.type, target.namespace, input.name, input.version, Object.keys(qualifiers).length ? qualifiers : undefined, undefined).toString(),
    locations: [{ path: input.path }],
    ...(input.source && { source: input.source }),
  };
}

/**
 * Re-labels an OS package found without os-release (each image layer is cataloged on its own) with
 * the distribution the whole image turned out to be. Other packages pass unchanged.
 */
export function qualifyOsPackage(pkg: Package, os: OsInfo): Package {
  let purl: PackageURL;
  try {
    purl = PackageURL.fromString(pkg.purl);
  } catch {
    return pkg;
  }
  if (purl.type !== 'deb' && purl.type !== 'apk' && purl.type !== 'rpm') return pkg;
  const type = purl.type as OsPackageType;
  if (packageTypeOf(os) !== type) return pkg;
  const requalified = osPackage(
    { type, name: pkg.name, version: pkg.version, path: pkg.locations[0]?.path ?? '', ...(purl.qualifiers?.arch && { arch: purl.qualifiers.arch }), ...(pkg.source && { source: pkg.source }) },
    os,
  );
  return { ...pkg, ecosystem: requalified.ecosystem, purl: requalified.purl };
}
