import { createHash } from 'node:crypto';
import type { RuleMeta } from '../../core/model.js';
import type { DraftFinding } from '../types.js';
import { httpEvidence, redactText } from './evidence.js';
import type { WebHit } from './types.js';

const MAX_EVIDENCE = 300;

/** A rule's hit as a finding: url location, the exchange as bounded redacted HTTP text, the rule's CWE. */
export function webFinding(rule: RuleMeta, hit: WebHit, secrets: readonly string[]): DraftFinding {
  const evidence = hit.evidence === undefined ? undefined : redactText(hit.evidence.slice(0, MAX_EVIDENCE), secrets);
  return {
    ruleId: rule.id,
    category: 'web',
    severity: hit.severity ?? rule.severity,
    confidence: hit.confidence ?? rule.confidence,
    title: rule.title,
    message: redactText(hit.message, secrets),
    cwe: rule.cwe,
    aliases: [],
    location: { kind: 'url', url: hit.url, method: hit.method, ...(hit.param !== undefined && { param: hit.param }) },
    ...(evidence !== undefined && { evidence }),
    http: httpEvidence(hit.exchange, secrets),
    fix: rule.help,
    references: rule.references ?? [],
    ...(rule.tags && { tags: rule.tags }),
    // The evidence may vary run to run (a nonce, a date); the location and rule identify the finding.
    fingerprintContent: createHash('sha256').update(`${hit.ruleId} ${hit.param ?? ''}`).digest('hex').slice(0, 16),
  };
}
