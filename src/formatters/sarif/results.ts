import type { Finding } from '../../core/model.js';
import { sarifLevel } from './levels.js';
import { sarifLocation } from './locations.js';
import type { SarifCodeFlow, SarifResult, SarifSuppression } from './sarif-types.js';
import { artifactLocation } from './uri.js';
import { webExchange } from './web.js';

export const FINGERPRINT_KEY = 'patchline/v1';

function suppressions(finding: Finding): SarifSuppression[] | undefined {
  const s = finding.suppression;
  if (s?.status !== 'active') return undefined;
  return [
    {
      kind: 'external',
      status: 'accepted',
      justification: s.reason,
      properties: { matchedBy: s.matchedBy, ...(s.expires !== undefined && { expires: s.expires }) },
    },
  ];
}

function properties(finding: Finding): Record<string, unknown> {
  const s = finding.suppression;
  return {
    severity: finding.severity,
    confidence: finding.confidence,
    category: finding.category,
    ...(finding.evidence !== undefined && { evidence: finding.evidence }),
    ...(finding.cvss && { cvss: finding.cvss }),
    ...(finding.aliases.length > 0 && { aliases: finding.aliases }),
    ...(finding.sources && finding.sources.length > 0 && { sources: finding.sources }),
    // An expired exception no longer suppresses; say so, so a reviewer sees why the alert is back.
    ...(s?.status === 'expired' && { exception: s }),
  };
}

export function sarifResult(finding: Finding, ruleIndex: number): SarifResult {
  const sup = suppressions(finding);
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text: finding.message || finding.title },
    locations: [sarifLocation(finding.location)],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(sup && { suppressions: sup }),
    ...(finding.trace?.length && { codeFlows: codeFlows(finding.trace) }),
    ...(finding.http && webExchange(finding.http)),
    properties: properties(finding),
  };
}

/** The source → sink path as one thread flow, each step a location with its note. */
function codeFlows(trace: NonNullable<Finding['trace']>): SarifCodeFlow[] {
  const locations = trace.map((step) => ({
    location: {
      physicalLocation: { artifactLocation: artifactLocation(step.path), region: { startLine: step.line } },
      message: { text: step.note },
    },
  }));
  return [{ threadFlows: [{ locations }] }];
}
