import { misconfig, type DockerfileRule } from './rule.js';
import { finalChain } from './support/stages.js';

export const missingHealthcheck: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.missing-healthcheck',
    title: 'No HEALTHCHECK in the final stage',
    description: 'The image defines no HEALTHCHECK, so Docker cannot tell a hung container from a healthy one.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-754'],
    help: 'Add `HEALTHCHECK CMD <probe>` to the final stage (or `HEALTHCHECK NONE` to state that none is wanted).',
    tags: ['trivy:DS026'],
  }),
  check(file) {
    const chain = finalChain(file);
    const final = chain[0];
    if (!final || final.image === '') return [];
    const has = chain.some((s) => s.instructions.some((i) => i.keyword === 'HEALTHCHECK'));
    return has ? [] : [{ instruction: final.from }];
  },
};
