import { runScript } from '../shell/script.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

export const sudo: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.sudo',
    title: 'sudo used in RUN',
    description: 'RUN uses sudo, which behaves unpredictably without a TTY and implies sudo is installed in the image, where it lets any process become root.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-250'],
    help: 'Run the privileged steps before switching USER (or switch with `USER root` and back), and do not install sudo.',
    tags: ['hadolint:DL3004', 'trivy:DS010'],
  }),
  check(file) {
    return staged(file, 'RUN')
      .filter((i) => runScript(i).commands.some((c) => c.name === 'sudo' || c.wrappers.includes('sudo')))
      .map((instruction) => ({ instruction }));
  },
};
