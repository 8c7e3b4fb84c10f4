import { buildKeywordIndex } from './keyword-index.js';
import type { KeywordIndex } from './keyword-index.js';
import { defaultRulesDir, loadRulesFrom } from './rule-loader.js';
import type { SecretRule } from './rule-schema.js';

/** Rules plus the keyword automaton that decides which of them run where. */
export interface SecretEngine {
  rules: readonly SecretRule[];
  index: KeywordIndex;
  /** keyword id → indexes of the rules that list it */
  keywordRules: readonly (readonly number[])[];
}

export function buildEngine(rules: readonly SecretRule[]): SecretEngine {
  const ids = new Map<string, number>();
  const keywordRules: number[][] = [];
  rules.forEach((rule, ruleIndex) => {
    for (const kw of new Set(rule.keywords)) {
      let id = ids.get(kw);
      if (id === undefined) {
        id = ids.size;
        ids.set(kw, id);
        keywordRules.push([]);
      }
      keywordRules[id]!.push(ruleIndex);
    }
  });
  return { rules, index: buildKeywordIndex([...ids.keys()]), keywordRules };
}

let cached: SecretEngine | undefined;

/** The shipped rules, read and compiled on first use only. */
export function defaultEngine(): SecretEngine {
  cached ??= buildEngine(loadRulesFrom(defaultRulesDir()));
  return cached;
}
