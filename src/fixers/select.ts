import type { Finding } from '../core/model.js';

export interface SkippedFinding {
  finding: Finding;
  reason: string;
}

/**
 * `--only` picks findings by rule id, scanner (any of the scanners that reported it) or fingerprint
 * (a prefix of at least 8 characters). Findings under an active exception are never fixed: they are
 * returned as skipped with the exception's reason.
 */
export function selectFindings(findings: readonly Finding[], only: readonly string[] = []): { selected: Finding[]; skipped: SkippedFinding[] } {
  const selected: Finding[] = [];
  const skipped: SkippedFinding[] = [];
  for (const f of findings) {
    if (only.length > 0 && !only.some((o) => picks(o, f))) continue;
    if (f.suppression?.status === 'active') {
      skipped.push({ finding: f, reason: `accepted by policy (${f.suppression.matchedBy}): ${f.suppression.reason}` });
    } else {
      selected.push(f);
    }
  }
  return { selected, skipped };
}

function picks(only: string, f: Finding): boolean {
  if (f.ruleId === only || f.tags?.includes(only)) return true;
  if (f.scanner === only || f.sources?.includes(only)) return true;
  return only.length >= 8 && f.fingerprint.startsWith(only);
}
