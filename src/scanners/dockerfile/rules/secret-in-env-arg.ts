import { redactSecret } from '../../../core/redact.js';
import { misconfig, type DockerfileRule, type RuleMatch } from './rule.js';
import { secretPairs } from './support/secret-names.js';

export const secretInEnvArg: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.secret-in-env-arg',
    title: 'Secret set in ENV or ARG',
    description: 'A secret-looking variable gets a literal value in ENV or ARG; it is stored in the Dockerfile and in the image metadata or build history.',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-798'],
    help: 'Remove the value and pass the secret at build time with `RUN --mount=type=secret`, or at run time from a secret store.',
    tags: ['trivy:DS031'],
    references: ['https://docs.docker.com/build/building/secrets/'],
  }),
  check(file) {
    const out: RuleMatch[] = [];
    for (const instruction of file.instructions) {
      const pairs = secretPairs(instruction);
      if (pairs.length === 0) continue;
      out.push({
        instruction,
        message: `${instruction.keyword} sets ${pairs.map((p) => p.key).join(', ')} to a literal value.`,
        evidence: pairs.map((p) => `${p.key}=${redactSecret(p.value!)}`).join(' '),
      });
    }
    return out;
  },
};
