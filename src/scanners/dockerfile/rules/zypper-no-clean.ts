import { leavesCache } from './support/cache-clean.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { finalImageInstructions } from './support/stages.js';

const SPEC = {
  managers: ['zypper' as const],
  installs: new Set(['install', 'in', 'update', 'up', 'patch', 'dist-upgrade', 'dup']),
  cleans: [['clean'], ['cc']],
  cacheDirs: ['/var/cache/zypp'],
};

export const zypperNoClean: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.zypper-no-clean',
    title: "zypper install without 'zypper clean'",
    description: 'zypper leaves its package cache in /var/cache/zypp, which stays in the image layer.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'End the same RUN with `&& zypper clean -a` (or remove /var/cache/zypp).',
    tags: ['hadolint:DL3036', 'trivy:DS020'],
  }),
  check(file) {
    return finalImageInstructions(file).filter((i) => leavesCache(i, SPEC)).map((instruction) => ({ instruction }));
  },
};
