import type { Clause } from './pep508.js';
import { compareVersions, parseVersion, type ParsedVersion } from './pep440.js';

/** What a Package records for a specifier: a pinned version, or the constraint and its lowest version. */
export interface VersionInfo {
  version: string;
  /** Set (possibly '') when the specifier does not pin one version. */
  constraint?: string;
}

/**
 * `==1.0` and `===1.0` pin a version. Anything else keeps the specifier as written in `constraint`, with
 * `version` the lowest version it allows when a lower bound states one (`>=1.2` → 1.2, `~=1.4.2` → 1.4.2,
 * `==2.0.*` → 2.0), else ''. An exclusive bound (`>1.2`) states no lowest version.
 */
export function versionInfo(clauses: readonly Clause[], specifier: string): VersionInfo {
  const constraint = specifier.trim();
  if (clauses.some((c) => c.unresolved)) return { version: '', constraint };
  const pin = clauses.find((c) => c.op === '===' || (c.op === '==' && !c.version.endsWith('*')));
  if (pin) return { version: pin.version.trim() };
  return { version: lowestAllowed(clauses), constraint };
}

/** The highest inclusive lower bound, unless an exclusive bound at or above it rules it out. */
export function lowestAllowed(clauses: readonly Clause[]): string {
  let best: { text: string; parsed: ParsedVersion } | undefined;
  let exclusive: ParsedVersion | undefined;
  for (const c of clauses) {
    const text = c.op === '==' ? c.version.trim().replace(/\.\*$/, '') : c.version.trim();
    const parsed = parseVersion(text);
    if (!parsed) continue;
    if (c.op === '>=' || c.op === '~=' || (c.op === '==' && c.version.endsWith('*'))) {
      if (!best || compareVersions(parsed, best.parsed) > 0) best = { text, parsed };
    } else if (c.op === '>') {
      if (!exclusive || compareVersions(parsed, exclusive) > 0) exclusive = parsed;
    }
  }
  if (!best) return '';
  if (exclusive && compareVersions(exclusive, best.parsed) >= 0) return '';
  return best.text;
}
