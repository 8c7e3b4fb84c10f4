import type { Finding } from './model.js';
import { severityRank } from './model.js';
import { normalizeUrl } from './url-key.js';

/**
 * Two scanners reporting the same problem collapse into one finding that remembers both: first the same
 * fingerprint, then the same place with a CWE in common — the same file line (a secret in a Dockerfile
 * ENV seen by the secrets and the Dockerfile scanner; a SQL injection seen by patchline and by an
 * imported SonarQube report) or the same URL and parameter (an XSS seen by patchline's DAST and by an
 * imported ZAP report). The kept finding is the more severe one, a native one before an imported one;
 * the other's rule stays findable through `tags` (so an ignore by either rule id still matches), and
 * its evidence fills in what the kept one lacks.
 */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const byPrint = new Map<string, Finding>();
  for (const f of findings) {
    const seen = byPrint.get(f.fingerprint);
    if (seen) merge(seen, f);
    else byPrint.set(f.fingerprint, { ...f });
  }
  const byPlace = new Map<string, Finding[]>();
  const kept: Finding[] = [];
  for (const f of byPrint.values()) {
    const key = placeKey(f);
    if (key === undefined || f.cwe.length === 0) {
      kept.push(f);
      continue;
    }
    const atPlace = byPlace.get(key) ?? [];
    const same = atPlace.find((other) => other.scanner !== f.scanner && other.cwe.some((c) => f.cwe.includes(c)));
    if (!same) {
      atPlace.push(f);
      byPlace.set(key, atPlace);
      kept.push(f);
      continue;
    }
    if (preferred(f, same)) {
      const merged = { ...f };
      merge(merged, same);
      Object.assign(same, merged);
    } else {
      merge(same, f);
    }
  }
  return kept;
}

/** Where two tools' findings count as the same place: a file line, or a normalized URL and parameter. */
function placeKey(f: Finding): string | undefined {
  const loc = f.location;
  if (loc.kind === 'file') return `file\0${loc.path}\0${loc.startLine}`;
  if (loc.kind === 'url') return `url\0${normalizeUrl(loc.url, loc.param)}\0${loc.param ?? ''}`;
  return undefined;
}

function preferred(a: Finding, b: Finding): boolean {
  const imported = (f: Finding) => f.scanner.startsWith('import:');
  if (imported(a) !== imported(b)) return !imported(a);
  return severityRank(a.severity) > severityRank(b.severity);
}

function merge(into: Finding, other: Finding): void {
  into.sources = union(into.sources ?? [into.scanner], other.sources ?? [other.scanner]);
  if (other.ruleId !== into.ruleId) {
    into.tags = union(into.tags ?? [], [`${other.scanner}:${other.ruleId}`, ...(other.tags ?? [])]);
  }
  into.cwe = union(into.cwe, other.cwe);
  into.aliases = union(into.aliases, other.aliases);
  into.references = union(into.references, other.references);
  if (into.evidence === undefined && other.evidence !== undefined) into.evidence = other.evidence;
  if (into.http === undefined && other.http !== undefined) into.http = other.http;
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}
