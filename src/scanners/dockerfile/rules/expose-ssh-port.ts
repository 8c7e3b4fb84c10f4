import { misconfig, type DockerfileRule } from './rule.js';
import { exposedPorts } from './support/ports.js';
import { staged } from './support/stages.js';

export const exposeSshPort: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.expose-ssh-port',
    title: 'SSH port 22 exposed',
    description: 'The image exposes port 22, which suggests an SSH server runs in the container: a remote login surface containers should not need.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-668'],
    help: 'Remove `EXPOSE 22` and the SSH server; use `docker exec` or your orchestrator to reach a container.',
    tags: ['trivy:DS004'],
  }),
  check(file) {
    return staged(file, 'EXPOSE')
      .filter((i) => exposedPorts(i).some((p) => p.range && p.range.protocol === 'tcp' && p.range.from <= 22 && 22 <= p.range.to))
      .map((instruction) => ({ instruction }));
  },
};
