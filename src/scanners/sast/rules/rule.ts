import type { Confidence, RuleMeta } from '../../../core/model.js';
import type { PythonFile } from '../engine/python/context.js';
import type { SyntaxNode } from '../engine/walk.js';
import type { TraceStep } from '../taint/types.js';

/** Where a rule fired. The scanner turns it into a finding whose snippet is the node's source line(s). */
export interface SastMatch {
  node: SyntaxNode;
  /** Replaces the rule description when the match has something specific to say. */
  message?: string;
  /** Values to mask in the snippet (hard-coded secrets). */
  secrets?: string[];
  /** Overrides the rule's confidence (taint-confirmed injection matches are `high`). */
  confidence?: Confidence;
  /** Source → sink path of a taint match; its text becomes the finding's evidence. */
  trace?: TraceStep[];
}

/**
 * A Python rule: metadata plus a check over the parsed file. Rules that look for a dangerous sink with
 * non-constant input also export their sink as data (see `sinks.ts`), which the taint engine will reuse
 * with "tainted" in place of "not constant".
 */
export interface PythonRule {
  meta: RuleMeta;
  check(file: PythonFile): SastMatch[];
}

export interface RuleSpec extends Omit<RuleMeta, 'category' | 'references'> {
  references?: string[];
}

/** Fills in the category and links to the CWE and the peer tools' documentation from the tags. */
export function codeRule(spec: RuleSpec): RuleMeta {
  const derived = [
    ...spec.cwe.map((c) => `https://cwe.mitre.org/data/definitions/${c.replace('CWE-', '')}.html`),
    ...(spec.tags ?? []).flatMap((tag) => {
      const [tool, id = ''] = tag.split(':');
      return tool === 'bandit' ? [`https://bandit.readthedocs.io/en/latest/search.html?q=${id}`] : [];
    }),
  ];
  return { ...spec, category: 'code', references: [...(spec.references ?? []), ...derived] };
}
