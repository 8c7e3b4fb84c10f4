import { isRemote, sources } from './support/add-sources.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

export const addRemoteUrl: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.add-remote-url',
    title: 'ADD downloads a URL without a checksum',
    description: 'ADD fetches a remote URL or Git repository without `--checksum`, so the build trusts whatever the server returns.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-494'],
    help: 'Add `--checksum=sha256:<digest>` to the ADD, or download with curl and verify the checksum in the same RUN.',
    // hadolint's DL3020 and Trivy's DS005 deliberately skip URLs; KICS has the matching query
    tags: ['kics:4b410d24-1cbe-4430-a632-62c9a931cf1c'],
    references: [
      'https://docs.docker.com/reference/dockerfile/#add---checksum',
      'https://docs.kics.io/latest/queries/dockerfile-queries/4b410d24-1cbe-4430-a632-62c9a931cf1c',
    ],
  }),
  check(file) {
    return staged(file, 'ADD')
      .filter((i) => !i.flags.some((f) => f.name === 'checksum') && sources(i).some(isRemote))
      .map((instruction) => ({ instruction, message: `ADD fetches ${sources(instruction).find(isRemote)} without --checksum.` }));
  },
};
