import type { Advisory } from '../types.js';
import { affectsVersion } from './affects.js';
import { ecosystemMatches, namesMatch } from './ecosystem.js';
import type { VersionOrder } from './order.js';
import { ZERO } from './order.js';
import type { AffectedMatch, IssueSink, MatchSubject } from './types.js';

/**
 * The upgrade candidates: every `fixed` version the package's advisories name (ECOSYSTEM and SEMVER
 * ranges) that the scheme can read and that is above the installed version, lowest first. Only a fixed
 * version can be the answer: a `versions[]` entry, an `introduced` or a `last_affected` version is
 * affected by its own advisory, and the successor of a `last_affected` version is known only when some
 * advisory names it as fixed (the index holds advisories, not the registry's list of releases).
 */
export function candidateVersions(advisories: readonly Advisory[], subject: MatchSubject, order: VersionOrder): string[] {
  const seen = new Set<string>();
  for (const advisory of advisories) {
    if (advisory.withdrawn) continue;
    for (const entry of advisory.affected ?? []) {
      const pkg = entry.package;
      if (!pkg || !ecosystemMatches(pkg.ecosystem, subject.ecosystem) || !namesMatch(subject.ecosystem, pkg.name, subject.name)) continue;
      for (const range of entry.ranges ?? []) {
        if (range.type !== 'ECOSYSTEM' && range.type !== 'SEMVER') continue;
        for (const e of range.events ?? []) if (typeof e?.fixed === 'string') seen.add(e.fixed.trim());
      }
    }
  }
  return [...seen]
    .filter((v) => v !== ZERO && order.isValid(v) && order.compare(v, subject.version) > 0)
    .sort((a, b) => order.compare(a, b));
}

/**
 * The lowest version above the installed one that no advisory of the package affects; undefined when
 * every known candidate is affected by something (an unfixed advisory, or no fix known yet).
 */
export function minimalSafeVersion(advisories: readonly Advisory[], subject: MatchSubject, order: VersionOrder, issues: IssueSink): string | undefined {
  const live = advisories.filter((a) => !a.withdrawn);
  return candidateVersions(live, subject, order).find((candidate) => live.every((a) => !affectsVersion(a, { ...subject, version: candidate }, order, issues)));
}

/**
 * The lowest of a vulnerability's `fixed` versions that none of its (aliased) advisories still
 * affects: PYSEC and GHSA records may disagree, and the upgrade must satisfy both.
 */
export function lowestFix(matches: readonly AffectedMatch[], subject: MatchSubject, order: VersionOrder, issues: IssueSink): string | undefined {
  const fixed = sortedFixed(matches, order);
  return fixed.find((v) => order.isValid(v) && matches.every((m) => !affectsVersion(m.advisory, { ...subject, version: v }, order, issues)));
}

/** The fixed versions of a vulnerability, lowest first; those the scheme cannot read go last, as written. */
export function sortedFixed(matches: readonly AffectedMatch[], order: VersionOrder): string[] {
  const all = [...new Set(matches.flatMap((m) => m.fixed))];
  const readable = all.filter((v) => order.isValid(v)).sort((a, b) => order.compare(a, b));
  return [...readable, ...all.filter((v) => !order.isValid(v))];
}
