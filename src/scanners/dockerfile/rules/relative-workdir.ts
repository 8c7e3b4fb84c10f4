import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

const ABSOLUTE = /^(?:\/|[A-Za-z]:[\\/]|\\)/;

export const relativeWorkdir: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.relative-workdir',
    title: 'WORKDIR with a relative path',
    description: 'A relative WORKDIR depends on the previous working directory, which may come from the base image and change with it.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Use an absolute path: `WORKDIR /app`.',
    tags: ['hadolint:DL3000', 'trivy:DS009'],
  }),
  check(file) {
    return staged(file, 'WORKDIR')
      .filter((i) => i.unresolved.length === 0 && i.args[0] !== undefined && i.args[0] !== '' && !ABSOLUTE.test(i.args[0]))
      .map((instruction) => ({ instruction, message: `WORKDIR ${instruction.args[0]} is relative; use an absolute path.` }));
  },
};
