import { packageCalls } from '../shell/package-managers.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

const UPGRADES = new Set(['upgrade', 'dist-upgrade', 'full-upgrade']);

export const aptGetUpgrade: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.apt-get-upgrade',
    title: 'apt-get upgrade or dist-upgrade in a Dockerfile',
    description: 'Upgrading every package inside the build makes the image unreproducible and can change the base distribution under you.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Use a newer, patched base image instead, and install only the specific package versions you need.',
    tags: ['hadolint:DL3005', 'trivy:DS024'],
  }),
  check(file) {
    return staged(file, 'RUN')
      .filter((i) => packageCalls(i, 'apt-get', 'apt').some((c) => UPGRADES.has(c.sub)))
      .map((instruction) => ({ instruction }));
  },
};
