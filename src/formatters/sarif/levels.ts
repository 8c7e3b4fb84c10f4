import type { Confidence, Severity } from '../../core/model.js';
import type { SarifLevel } from './sarif-types.js';

const LEVELS: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/**
 * GitHub code scanning buckets `security-severity` as critical > 9.0, high 7.0–8.9, medium 4.0–6.9,
 * low 0.1–3.9; one fixed score per severity keeps GitHub's label equal to ours and to the gate.
 */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

export function sarifLevel(severity: Severity): SarifLevel {
  return LEVELS[severity];
}

export function securitySeverity(severity: Severity): string {
  return SECURITY_SEVERITY[severity];
}

/** SARIF/GitHub `precision`: very-high, high, medium or low; our confidence maps onto the last three. */
export function precision(confidence: Confidence): string {
  return confidence;
}

/** `CWE-79` or `79` → `external/cwe/cwe-79` (GitHub's tag form); anything else is not a CWE id. */
export function cweTag(cwe: string): string | undefined {
  const m = /^(?:cwe-?)?(\d+)$/i.exec(cwe.trim());
  return m ? `external/cwe/cwe-${Number(m[1])}` : undefined;
}
