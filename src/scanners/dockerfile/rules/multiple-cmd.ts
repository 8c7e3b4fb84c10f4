import { overridden } from './support/overridden.js';
import { misconfig, type DockerfileRule } from './rule.js';

export const multipleCmd: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.multiple-cmd',
    title: 'Multiple CMD instructions in a stage',
    description: 'A stage has more than one CMD; only the last one takes effect, the others are dead code that misleads readers.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Keep a single CMD per stage.',
    tags: ['hadolint:DL4003', 'trivy:DS016'],
  }),
  check(file) {
    return overridden(file, 'CMD');
  },
};
