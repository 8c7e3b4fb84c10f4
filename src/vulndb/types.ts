/** The subset of the OSV schema (https://ossf.github.io/osv-schema/) patchline stores and matches. */

export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvRange {
  type: 'ECOSYSTEM' | 'SEMVER' | 'GIT';
  repo?: string;
  events: OsvEvent[];
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string };
  ranges?: OsvRange[];
  versions?: string[];
  severity?: OsvSeverity[];
  ecosystem_specific?: Record<string, unknown>;
  database_specific?: Record<string, unknown>;
}

export interface OsvSeverity {
  type: 'CVSS_V2' | 'CVSS_V3' | 'CVSS_V4' | 'Ubuntu' | string;
  score: string;
}

export interface Advisory {
  id: string;
  modified: string;
  published?: string;
  withdrawn?: string;
  aliases?: string[];
  related?: string[];
  upstream?: string[];
  summary?: string;
  details?: string;
  severity?: OsvSeverity[];
  affected?: OsvAffected[];
  references?: { type: string; url: string }[];
  database_specific?: Record<string, unknown>;
}

export interface DbStatus {
  path: string;
  /** When the index was built (ISO 8601). */
  builtAt: string;
  sources: { name: string; url?: string; importedAt: string; advisories: number }[];
  advisoriesByEcosystem: Record<string, number>;
  /** Advisories stored, withdrawn ones included. */
  advisories?: number;
  /** Withdrawn advisories (stored and returned, flagged by their `withdrawn` field; the matcher skips them). */
  withdrawn?: number;
  /** Index file format version. */
  format?: number;
}

/** Read access to the local vulnerability index, as the matcher and the fixers use it. */
export interface VulnDb {
  /**
   * Advisories with an `affected` entry for this package; `ecosystem` may carry a release suffix
   * (`Debian:12`), which then selects only that release's entries. Names are compared normalized.
   */
  advisoriesFor(ecosystem: string, name: string): Advisory[];
  status(): DbStatus;
  close(): void;
}
