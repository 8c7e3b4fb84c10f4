import type { Package } from '../../core/model.js';
import type { DraftFinding } from '../../scanners/types.js';
import type { VersionScheme } from '../../versioning/types.js';
import type { Advisory, VulnDb } from '../types.js';
import { affectsVersion } from './affects.js';
import { groupByAlias } from './aliases.js';
import { toFinding } from './finding.js';
import { schemeOrder, type VersionOrder } from './order.js';
import { lowestFix, minimalSafeVersion, sortedFixed } from './safe-version.js';
import { severityOf } from './severity.js';
import { issueSink, subjectOf, type AffectedMatch, type IssueSink, type MatchIssue, type SchemeLookup } from './types.js';
import { splitEcosystem } from '../ecosystems.js';

export interface MatchResult {
  findings: DraftFinding[];
  issues: MatchIssue[];
}

/**
 * Matches every package against the advisories the database holds for it: one finding per (package,
 * vulnerability) with aliases merged, its severity, fixed versions and the package's minimal safe
 * version. Packages without a version (an unpinned requirement with no lower bound) are skipped
 * quietly; an ecosystem without a version scheme is reported once; nothing here throws for bad data.
 */
export function matchPackages(packages: readonly Package[], db: Pick<VulnDb, 'advisoriesFor'>, schemes: SchemeLookup): MatchResult {
  const issues = issueSink();
  const findings: DraftFinding[] = [];
  const orders = new Map<VersionScheme, VersionOrder>();
  const unsupported = new Set<string>();
  for (const pkg of packages) {
    const subject = subjectOf(pkg);
    if (subject.version === '') continue;
    const scheme = schemes(pkg.ecosystem);
    if (!scheme) {
      unsupported.add(splitEcosystem(pkg.ecosystem).base);
      continue;
    }
    if (!scheme.isValid(subject.version)) {
      issues.add({
        code: 'invalid-version',
        message: `${subject.name} ${subject.version} is not a valid ${scheme.meta.id} version; it was not checked for vulnerabilities`,
        ...(pkg.locations[0] && { path: pkg.locations[0].path }),
      });
      continue;
    }
    const order = orders.get(scheme) ?? schemeOrder(scheme);
    orders.set(scheme, order);
    const advisories = lookup(db, subject.ecosystem, subject.name, issues);
    findings.push(...matchOne(pkg, advisories, order, issues));
  }
  for (const ecosystem of [...unsupported].sort()) {
    issues.add({ code: 'unsupported-ecosystem', message: `no version scheme for ${ecosystem}: its packages were not checked for vulnerabilities` });
  }
  return { findings, issues: issues.list() };
}

function matchOne(pkg: Package, advisories: readonly Advisory[], order: VersionOrder, issues: IssueSink): DraftFinding[] {
  const subject = subjectOf(pkg);
  const matches = advisories.map((a) => affectsVersion(a, subject, order, issues)).filter((m): m is AffectedMatch => m !== undefined);
  if (matches.length === 0) return [];
  const safeVersion = minimalSafeVersion(advisories, subject, order, issues);
  return groupByAlias(matches).map((group) => {
    const fixVersion = lowestFix(group.matches, subject, order, issues);
    return toFinding({
      pkg,
      group,
      severity: severityOf(group.matches, issues),
      fixedVersions: sortedFixed(group.matches, order),
      ...(fixVersion && { fixVersion }),
      ...(safeVersion && { safeVersion }),
    });
  });
}

function lookup(db: Pick<VulnDb, 'advisoriesFor'>, ecosystem: string, name: string, issues: IssueSink): Advisory[] {
  try {
    const byId = new Map<string, Advisory>();
    for (const a of db.advisoriesFor(ecosystem, name)) if (a && typeof a.id === 'string' && !byId.has(a.id)) byId.set(a.id, a);
    return [...byId.values()];
  } catch (err) {
    issues.add({ code: 'db-error', message: `could not read advisories for ${ecosystem}/${name}: ${err instanceof Error ? err.message : String(err)}` });
    return [];
  }
}
