import { apkScheme } from './apk/index.js';
import { cargoScheme } from './cargo/index.js';
import { composerScheme } from './composer/index.js';
import { debScheme } from './deb/index.js';
import { goScheme } from './go/index.js';
import { mavenScheme } from './maven/index.js';
import { nugetScheme } from './nuget/index.js';
import { pep440Scheme } from './pep440/index.js';
import { rpmScheme } from './rpm/index.js';
import { rubygemsScheme } from './rubygems/index.js';
import { semverScheme } from './semver/index.js';
import type { VersionScheme } from './types.js';

/** Every version scheme, explicitly, in alphabetical order. */
export const versionSchemes: readonly VersionScheme[] = [
  apkScheme,
  cargoScheme,
  composerScheme,
  debScheme,
  goScheme,
  mavenScheme,
  nugetScheme,
  pep440Scheme,
  rpmScheme,
  rubygemsScheme,
  semverScheme,
];

const byEcosystem = new Map(versionSchemes.flatMap((s) => s.ecosystems.map((e) => [e.toLowerCase(), s] as const)));

/** The scheme for an OSV ecosystem name; a `:release` suffix (`Debian:12`, `Alpine:v3.18`) is ignored. */
export function schemeFor(ecosystem: string): VersionScheme | undefined {
  const base = ecosystem.split(':')[0]!.trim().toLowerCase();
  return byEcosystem.get(base);
}
