import type { Finding, Severity } from './model.js';
import { severityRank } from './model.js';
import type { GateOutcome } from '../formatters/types.js';

/** Findings that count: not under an active exception. */
export function isActive(f: Finding): boolean {
  return f.suppression?.status !== 'active';
}

export function evaluateGate(findings: readonly Finding[], failOn: Severity): GateOutcome {
  const count = findings.filter((f) => isActive(f) && severityRank(f.severity) >= severityRank(failOn)).length;
  return { failOn, failed: count > 0, count };
}
