import { isArchive, isRemote, sources } from './support/add-sources.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

export const addInsteadOfCopy: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.add-instead-of-copy',
    title: 'ADD used to copy local files',
    description: 'ADD copies local files but also silently extracts archives and fetches URLs; COPY does only what it says.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Use COPY for local files and directories; keep ADD for the archives you mean to extract.',
    tags: ['hadolint:DL3020', 'trivy:DS005'],
  }),
  check(file) {
    return staged(file, 'ADD')
      .filter((i) => i.unresolved.length === 0 && sources(i).some((s) => !isRemote(s) && !isArchive(s)))
      .map((instruction) => ({ instruction }));
  },
};
