import { misconfig, type DockerfileRule } from './rule.js';

export const maintainerDeprecated: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.maintainer-deprecated',
    title: 'MAINTAINER is deprecated',
    description: 'MAINTAINER has been deprecated since Docker 1.13.',
    severity: 'info',
    confidence: 'high',
    cwe: ['CWE-477'],
    help: 'Use a label instead: `LABEL org.opencontainers.image.authors="team@example.com"`.',
    tags: ['hadolint:DL4000', 'trivy:DS022'],
  }),
  check(file) {
    return file.instructions.filter((i) => i.keyword === 'MAINTAINER').map((instruction) => ({ instruction }));
  },
};
