import type { Package } from '../../core/model.js';
import type { VersionScheme } from '../../versioning/types.js';
import type { Advisory, OsvAffected } from '../types.js';
import { ecosystemMatches, namesMatch } from './ecosystem.js';
import { preparedFor, schemeOrder, semverOrder, type VersionOrder } from './order.js';
import { evaluateRange } from './ranges.js';
import { issueSink, subjectOf, type AffectedMatch, type IssueSink, type MatchSubject, type MatchVia } from './types.js';

/**
 * Does this advisory affect this package? Exact OSV semantics: for every `affected[]` entry of the
 * package (ecosystem and release, normalized name), the version is affected when it is in `versions[]`
 * or inside an ECOSYSTEM range (ordered by the ecosystem's scheme) or a SEMVER range (SemVer order,
 * always). GIT ranges are ignored; withdrawn advisories never match. A range that cannot be read is
 * reported to `issues` and skipped; an unreadable package version matches nothing.
 */
export function affects(advisory: Advisory, pkg: Package, scheme: VersionScheme, issues: IssueSink = issueSink()): AffectedMatch | undefined {
  const subject = subjectOf(pkg);
  if (subject.version === '') return undefined;
  if (!scheme.isValid(subject.version)) {
    issues.add({ code: 'invalid-version', message: `${subject.name} ${subject.version}: not a valid ${scheme.meta.id} version; not matched against advisories` });
    return undefined;
  }
  return affectsVersion(advisory, subject, schemeOrder(scheme), issues);
}

/** `affects` for a subject whose version is already known to be valid in `order`. */
export function affectsVersion(advisory: Advisory, subject: MatchSubject, order: VersionOrder, issues: IssueSink): AffectedMatch | undefined {
  if (advisory.withdrawn) return undefined;
  const match: AffectedMatch = { advisory, entries: [], via: [], fixed: [], lastAffected: [] };
  for (const entry of advisory.affected ?? []) {
    const pkg = entry.package;
    if (!pkg || !ecosystemMatches(pkg.ecosystem, subject.ecosystem) || !namesMatch(subject.ecosystem, pkg.name, subject.name)) continue;
    const via = entryVia(advisory, entry, subject.version, order, issues, match);
    if (via.length === 0) continue;
    match.entries.push(entry);
    for (const v of via) if (!match.via.includes(v)) match.via.push(v);
  }
  return match.entries.length > 0 ? match : undefined;
}

function entryVia(advisory: Advisory, entry: OsvAffected, version: string, order: VersionOrder, issues: IssueSink, into: AffectedMatch): MatchVia[] {
  const via: MatchVia[] = [];
  if (inVersions(entry.versions, version, order)) via.push('versions');
  for (const range of entry.ranges ?? []) {
    if (range.type !== 'ECOSYSTEM' && range.type !== 'SEMVER') continue;
    const verdict = evaluateRange(range, version, range.type === 'SEMVER' ? semverOrder : order);
    if ('problem' in verdict) {
      issues.add({
        code: 'invalid-advisory',
        advisory: advisory.id,
        message: `${advisory.id}: ${range.type} range of ${entry.package?.name ?? '?'} skipped: ${verdict.problem}`,
      });
      continue;
    }
    if (!verdict.affected) continue;
    if (!via.includes(range.type)) via.push(range.type);
    for (const f of verdict.fixed) if (!into.fixed.includes(f)) into.fixed.push(f);
    for (const l of verdict.lastAffected) if (!into.lastAffected.includes(l)) into.lastAffected.push(l);
  }
  return via;
}

/**
 * Listed versions equal the version as written or as the ecosystem defines equality (`1.0` = `1.0.0` in
 * PEP 440). The readable entries are sorted once per list and searched by bisection; unreadable ones
 * (legacy versions in old PyPI records) can only match as written.
 */
function inVersions(versions: readonly string[] | undefined, version: string, order: VersionOrder): boolean {
  if (!versions?.length) return false;
  if (versions.includes(version)) return true;
  const sorted = preparedFor(order, versions, () => versions.filter((v) => order.isValid(v)).sort((a, b) => order.compare(a, b)));
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = order.compare(sorted[mid]!, version);
    if (c === 0) return true;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
