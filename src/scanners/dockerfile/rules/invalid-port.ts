import { misconfig, type DockerfileRule, type RuleMatch } from './rule.js';
import { exposedPorts } from './support/ports.js';
import { staged } from './support/stages.js';

export const invalidPort: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.invalid-port',
    title: 'EXPOSE with an invalid port',
    description: 'EXPOSE names a port outside 0-65535, a reversed range or an unknown protocol.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-20'],
    help: 'Expose ports between 0 and 65535, as `port`, `port/tcp|udp|sctp` or `from-to`.',
    tags: ['hadolint:DL3011', 'trivy:DS008'],
  }),
  check(file) {
    const out: RuleMatch[] = [];
    for (const instruction of staged(file, 'EXPOSE')) {
      const bad = exposedPorts(instruction).filter((p) => !p.range);
      if (bad.length > 0) out.push({ instruction, message: `EXPOSE has invalid port(s): ${bad.map((p) => p.raw).join(', ')}.` });
    }
    return out;
  },
};
