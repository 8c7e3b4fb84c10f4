import type { Dockerfile } from '../../parser/types.js';
import type { RuleMatch } from '../rule.js';

/** In each stage, every instruction of this keyword but the last: only the last one takes effect. */
export function overridden(file: Dockerfile, keyword: string): RuleMatch[] {
  return file.stages.flatMap((stage) => {
    const all = stage.instructions.filter((i) => i.keyword === keyword);
    const last = all.at(-1);
    return all.slice(0, -1).map((instruction) => ({
      instruction,
      message: `Only the last ${keyword} of a stage takes effect; this one is overridden by line ${last!.startLine}.`,
    }));
  });
}
