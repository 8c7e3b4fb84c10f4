import type { RuleMeta } from '../core/model.js';
import type { DraftFinding } from './types.js';

export interface RuleHit {
  path: string;
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  /** The offending source text (already redacted if it could hold a secret). */
  snippet: string;
  /** Overrides the rule's description when the hit has something specific to say. */
  message?: string;
  evidence?: string;
  /** The data-flow path from a source to this sink, first step first. */
  trace?: { path: string; line: number; note: string }[];
  fingerprintContent?: string;
}

const MAX_SNIPPET = 300;

/** Builds a file finding from a rule and where it matched; every file scanner shares this. */
export function draftFinding(rule: RuleMeta, hit: RuleHit): DraftFinding {
  const snippet = hit.snippet.length > MAX_SNIPPET ? `${hit.snippet.slice(0, MAX_SNIPPET)}…` : hit.snippet;
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    confidence: rule.confidence,
    title: rule.title,
    message: hit.message ?? rule.description,
    cwe: rule.cwe,
    aliases: [],
    location: {
      kind: 'file',
      path: hit.path,
      startLine: hit.startLine,
      ...(hit.startColumn !== undefined && { startColumn: hit.startColumn }),
      ...(hit.endLine !== undefined && { endLine: hit.endLine }),
      ...(hit.endColumn !== undefined && { endColumn: hit.endColumn }),
      snippet,
    },
    ...(hit.evidence !== undefined && { evidence: hit.evidence }),
    ...(hit.trace?.length && { trace: hit.trace }),
    fix: rule.help,
    references: rule.references ?? [],
    ...(rule.tags && { tags: rule.tags }),
    fingerprintContent: hit.fingerprintContent ?? snippet,
  };
}
