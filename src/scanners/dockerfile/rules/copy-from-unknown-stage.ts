import { copyFrom } from './support/copy-from.js';
import { misconfig, type DockerfileRule, type RuleMatch } from './rule.js';
import { staged } from './support/stages.js';

export const copyFromUnknownStage: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.copy-from-unknown-stage',
    title: 'COPY --from does not name an earlier stage',
    description: 'COPY --from names neither a stage defined before it nor a tagged image, so Docker pulls an image of that name from a registry.',
    severity: 'low',
    confidence: 'medium',
    cwe: ['CWE-710'],
    help: 'Name a stage defined earlier (`FROM … AS build`), or give the image an explicit tag: `--from=nginx:1.27`.',
    tags: ['hadolint:DL3022'],
  }),
  check(file) {
    const out: RuleMatch[] = [];
    for (const instruction of staged(file, 'COPY')) {
      const from = copyFrom(instruction);
      if (from === undefined || /[/:@.]/.test(from) || from === instruction.stageName || from === String(instruction.stage)) continue;
      const earlier = file.stages.slice(0, instruction.stage);
      if (/^\d+$/.test(from) ? Number(from) < instruction.stage : earlier.some((s) => s.name === from)) continue;
      out.push({ instruction, message: `COPY --from=${from}: no stage of that name is defined before this instruction.` });
    }
    return out;
  },
};
