import { overridden } from './support/overridden.js';
import { misconfig, type DockerfileRule } from './rule.js';

export const multipleEntrypoint: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.multiple-entrypoint',
    title: 'Multiple ENTRYPOINT instructions in a stage',
    description: 'A stage has more than one ENTRYPOINT; only the last one takes effect, the others are dead code that misleads readers.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Keep a single ENTRYPOINT per stage.',
    tags: ['hadolint:DL4004', 'trivy:DS007'],
  }),
  check(file) {
    return overridden(file, 'ENTRYPOINT');
  },
};
