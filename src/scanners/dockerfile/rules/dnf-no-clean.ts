import { leavesCache } from './support/cache-clean.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { finalImageInstructions } from './support/stages.js';

const SPEC = {
  managers: ['dnf' as const, 'microdnf' as const],
  installs: new Set(['install', 'groupinstall', 'reinstall', 'update', 'upgrade']),
  cleans: [['clean', 'all']],
  cacheDirs: ['/var/cache/dnf', '/var/cache/yum'],
};

export const dnfNoClean: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.dnf-no-clean',
    title: "dnf install without 'dnf clean all'",
    description: 'dnf and microdnf leave their package cache in /var/cache, which stays in the image layer.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'End the same RUN with `&& dnf clean all` (`microdnf clean all`), or remove /var/cache/dnf.',
    tags: ['hadolint:DL3040', 'trivy:DS019', 'trivy:DS027'],
  }),
  check(file) {
    return finalImageInstructions(file).filter((i) => leavesCache(i, SPEC)).map((instruction) => ({ instruction }));
  },
};
