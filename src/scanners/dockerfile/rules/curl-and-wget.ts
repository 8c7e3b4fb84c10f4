import { commandsNamed } from '../shell/script.js';
import { misconfig, type DockerfileRule, type RuleMatch } from './rule.js';

export const curlAndWget: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.curl-and-wget',
    title: 'Both curl and wget used',
    description: 'A stage uses both curl and wget; installing two download tools adds size and attack surface for no gain.',
    severity: 'info',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Pick one of curl or wget and use it everywhere in the stage.',
    tags: ['hadolint:DL4001', 'trivy:DS014'],
  }),
  check(file) {
    const out: RuleMatch[] = [];
    for (const stage of file.stages) {
      const runs = stage.instructions.filter((i) => i.keyword === 'RUN');
      // the tool used first is the stage's choice; every RUN using the other one is reported
      const first = runs.flatMap((i) => commandsNamed(i, 'curl', 'wget'))[0]?.name;
      if (!first) continue;
      const other = first === 'curl' ? 'wget' : 'curl';
      for (const instruction of runs) {
        if (commandsNamed(instruction, other).length > 0) {
          out.push({ instruction, message: `This stage already uses ${first}; this RUN uses ${other} as well.` });
        }
      }
    }
    return out;
  },
};
