import type { Finding } from './model.js';
import { severityRank } from './model.js';

/**
 * Two scanners reporting the same problem collapse into one finding that remembers both: first the same
 * fingerprint, then the same file line with a CWE in common (a secret in a Dockerfile ENV seen by the
 * secrets and the Dockerfile scanner; a SQL injection seen by patchline and by an imported SonarQube
 * report). The kept finding is the more severe one, a native one before an imported one; the other's
 * rule stays findable through `tags` (so an ignore by either rule id still matches).
 */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const byPrint = new Map<string, Finding>();
  for (const f of findings) {
    const seen = byPrint.get(f.fingerprint);
    if (seen) merge(seen, f);
    else byPrint.set(f.fingerprint, { ...f });
  }
  const byLine = new Map<string, Finding[]>();
  const kept: Finding[] = [];
  for (const f of byPrint.values()) {
    if (f.location.kind !== 'file' || f.cwe.length === 0) {
      kept.push(f);
      continue;
    }
    const key = `${f.location.path}\0${f.location.startLine}`;
    const atLine = byLine.get(key) ?? [];
    const same = atLine.find((other) => other.scanner !== f.scanner && other.cwe.some((c) => f.cwe.includes(c)));
    if (!same) {
      atLine.push(f);
      byLine.set(key, atLine);
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
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}
