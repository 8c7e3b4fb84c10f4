import { misconfig, type DockerfileRule, type RuleMatch } from './rule.js';

export const duplicateStageAlias: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.duplicate-stage-alias',
    title: 'Duplicate stage name',
    description: 'Two FROM instructions use the same `AS` name, so COPY --from and FROM references to it are ambiguous.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Give every stage a unique name.',
    tags: ['hadolint:DL3024', 'trivy:DS012'],
  }),
  check(file) {
    const out: RuleMatch[] = [];
    const seen = new Map<string, number>();
    for (const stage of file.stages) {
      if (stage.name === undefined) continue;
      const first = seen.get(stage.name);
      if (first === undefined) seen.set(stage.name, stage.from.startLine);
      else out.push({ instruction: stage.from, message: `Stage name '${stage.name}' is already used on line ${first}.` });
    }
    return out;
  },
};
