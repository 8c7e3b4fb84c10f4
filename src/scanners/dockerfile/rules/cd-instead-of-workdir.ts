import { commandsNamed } from '../shell/script.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

export const cdInsteadOfWorkdir: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.cd-instead-of-workdir',
    title: 'cd used instead of WORKDIR',
    description: 'RUN changes directory with cd; the change is lost after the RUN and makes the build harder to follow.',
    severity: 'info',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Use `WORKDIR /path` to change the working directory of the following instructions.',
    tags: ['hadolint:DL3003', 'trivy:DS013'],
  }),
  check(file) {
    return staged(file, 'RUN')
      .filter((i) => commandsNamed(i, 'cd').length > 0)
      .map((instruction) => ({ instruction }));
  },
};
