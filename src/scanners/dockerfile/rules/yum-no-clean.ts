import { leavesCache } from './support/cache-clean.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { finalImageInstructions } from './support/stages.js';

const SPEC = {
  managers: ['yum' as const],
  installs: new Set(['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade']),
  cleans: [['clean', 'all']],
  cacheDirs: ['/var/cache/yum'],
};

export const yumNoClean: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.yum-no-clean',
    title: "yum install without 'yum clean all'",
    description: 'yum leaves its package cache in /var/cache/yum, which stays in the image layer.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'End the same RUN with `&& yum clean all` (or remove /var/cache/yum).',
    tags: ['hadolint:DL3032', 'trivy:DS015'],
  }),
  check(file) {
    return finalImageInstructions(file).filter((i) => leavesCache(i, SPEC)).map((instruction) => ({ instruction }));
  },
};
