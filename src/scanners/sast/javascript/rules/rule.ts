import type { Confidence, RuleMeta } from '../../../../core/model.js';
import { codeRule, type RuleSpec } from '../../rules/rule.js';
import type { SyntaxNode } from '../../engine/walk.js';
import type { ScriptFile } from '../context.js';

/** Where a JavaScript rule fired; `confidence` overrides the rule's (request data seen → high). */
export interface ScriptMatch {
  node: SyntaxNode;
  /** Replaces the rule description when the match has something specific to say. */
  message?: string;
  /** Values to mask in the snippet (hard-coded secrets). */
  secrets?: string[];
  confidence?: Confidence;
}

/** A JavaScript/TypeScript rule: metadata plus a check over the parsed file. */
export interface ScriptRule {
  meta: RuleMeta;
  check(file: ScriptFile): ScriptMatch[];
}

/** `codeRule` plus links to the eslint-plugin-security and semgrep documentation from the tags. */
export function scriptRule(spec: RuleSpec): RuleMeta {
  const meta = codeRule(spec);
  const extra = (spec.tags ?? []).flatMap((tag) => {
    const [tool, id = ''] = tag.split(':');
    if (tool === 'eslint-plugin-security') return [`https://github.com/eslint-community/eslint-plugin-security/blob/main/docs/rules/${id}.md`];
    if (tool === 'semgrep') return [`https://semgrep.dev/r/${id}`];
    return [];
  });
  return { ...meta, references: [...(meta.references ?? []), ...extra] };
}
