import { overridden } from './support/overridden.js';
import { misconfig, type DockerfileRule } from './rule.js';

export const multipleHealthcheck: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.multiple-healthcheck',
    title: 'Multiple HEALTHCHECK instructions in a stage',
    description: 'A stage has more than one HEALTHCHECK; only the last one takes effect, the others are dead code that misleads readers.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Keep a single HEALTHCHECK per stage.',
    tags: ['trivy:DS023'],
  }),
  check(file) {
    return overridden(file, 'HEALTHCHECK');
  },
};
