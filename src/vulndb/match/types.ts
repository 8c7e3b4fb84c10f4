import type { Package, ScanIssue } from '../../core/model.js';
import type { VersionScheme } from '../../versioning/types.js';
import type { Advisory, OsvAffected } from '../types.js';

/** How a version was found inside an advisory's `affected` entry. */
export type MatchVia = 'versions' | 'ECOSYSTEM' | 'SEMVER';

/** One advisory that affects one package version, with what the matching entries say about fixes. */
export interface AffectedMatch {
  advisory: Advisory;
  /** The `affected[]` entries for this package that contain the version. */
  entries: OsvAffected[];
  via: MatchVia[];
  /** `fixed` events above the version in the ranges that contain it, in advisory order, deduplicated. */
  fixed: string[];
  /** `last_affected` events at or above the version in the ranges that contain it. */
  lastAffected: string[];
}

/** A non-fatal problem met while matching; the scanner turns it into a ScanIssue. */
export interface MatchIssue extends Omit<ScanIssue, 'scanner'> {
  /** The advisory at fault, when there is one. */
  advisory?: string;
}

/** Collects issues once each: the same bad advisory range is met for every package and candidate version. */
export interface IssueSink {
  add(issue: MatchIssue): void;
  list(): MatchIssue[];
}

export function issueSink(): IssueSink {
  const seen = new Map<string, MatchIssue>();
  return {
    add(issue) {
      const key = `${issue.code}\0${issue.advisory ?? ''}\0${issue.message}`;
      if (!seen.has(key)) seen.set(key, issue);
    },
    list: () => [...seen.values()],
  };
}

/** The package identity an advisory is written against: OS advisories name the source package. */
export interface MatchSubject {
  ecosystem: string;
  name: string;
  version: string;
}

export function subjectOf(pkg: Package): MatchSubject {
  return pkg.source
    ? { ecosystem: pkg.ecosystem, name: pkg.source.name, version: pkg.source.version || pkg.version }
    : { ecosystem: pkg.ecosystem, name: pkg.name, version: pkg.version };
}

/** Finds the version scheme of an OSV ecosystem name (suffix ignored); the scanner passes `schemeFor`. */
export interface SchemeLookup {
  (ecosystem: string): VersionScheme | undefined;
}
