import { commandsNamed } from '../shell/script.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

export const aptInsteadOfAptGet: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.apt-instead-of-apt-get',
    title: 'apt used instead of apt-get',
    description: '`apt` is meant for interactive use and its command-line interface is not stable for scripts.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Use `apt-get` (or `apt-cache`) in Dockerfiles.',
    tags: ['hadolint:DL3027'],
  }),
  check(file) {
    return staged(file, 'RUN')
      .filter((i) => commandsNamed(i, 'apt').length > 0)
      .map((instruction) => ({ instruction }));
  },
};
