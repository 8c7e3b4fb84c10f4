import type { RuleMeta } from '../../../core/model.js';
import type { Dockerfile, Instruction } from '../parser/types.js';

/** Where a rule fired. The scanner turns it into a finding with a redacted snippet and a stable fingerprint. */
export interface RuleMatch {
  instruction: Instruction;
  /** Replaces the rule description when the match has something specific to say. */
  message?: string;
  /** Already redacted. */
  evidence?: string;
}

export interface DockerfileRule {
  meta: RuleMeta;
  check(file: Dockerfile): RuleMatch[];
}

export interface RuleSpec extends Omit<RuleMeta, 'category' | 'references'> {
  references?: string[];
}

/** Fills in the category and, from the peer-tool tags, links to the peers' documentation. */
export function misconfig(spec: RuleSpec): RuleMeta {
  const derived = (spec.tags ?? []).flatMap((tag) => {
    const [tool, id = ''] = tag.split(':');
    if (tool === 'hadolint') return [`https://github.com/hadolint/hadolint/wiki/${id}`];
    if (tool === 'trivy') return [`https://avd.aquasec.com/misconfig/${id.toLowerCase()}`];
    return [];
  });
  return { ...spec, category: 'misconfig', references: [...(spec.references ?? []), ...derived] };
}
