import { lookupName, splitEcosystem } from '../ecosystems.js';

/**
 * Does an advisory's `affected[].package.ecosystem` apply to a package of this ecosystem? Bases compare
 * case-insensitively. A package that names a release (`Debian:12`) matches entries of that release and
 * entries that name none (the OSV suffix is an optional scope: without it an entry applies to every
 * release), never another release's; a package without a release matches every entry. Releases are
 * compared as the vulndb index normalizes them (`Alpine:3.10.2` = `Alpine:v3.10`, `Ubuntu:22.04` =
 * `Ubuntu:22.04:LTS`, `Debian:12.5` = `Debian:12`), so the matcher agrees with what `advisoriesFor` selects.
 */
export function ecosystemMatches(advisoryEcosystem: string, packageEcosystem: string): boolean {
  const adv = splitEcosystem(advisoryEcosystem);
  const pkg = splitEcosystem(packageEcosystem);
  if (adv.base.toLowerCase() !== pkg.base.toLowerCase()) return false;
  return pkg.release === '' || adv.release === '' || pkg.release.toLowerCase() === adv.release.toLowerCase();
}

/** Names compare normalized the way the ecosystem defines identity (PEP 503 for PyPI, …). */
export function namesMatch(ecosystem: string, a: string, b: string): boolean {
  const base = splitEcosystem(ecosystem).base;
  return lookupName(base, a) === lookupName(base, b);
}

