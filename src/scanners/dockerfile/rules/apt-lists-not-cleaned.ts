import { cleansPath, packageCalls } from '../shell/package-managers.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { finalImageInstructions } from './support/stages.js';

export const aptListsNotCleaned: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.apt-lists-not-cleaned',
    title: 'apt lists not removed after apt-get update',
    description: 'The RUN downloads apt package lists but does not delete /var/lib/apt/lists, so they stay in the image layer.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'End the same RUN with `&& rm -rf /var/lib/apt/lists/*`, or use `--mount=type=cache,target=/var/lib/apt/lists`.',
    tags: ['hadolint:DL3009'],
  }),
  check(file) {
    // only stages that end up in the final image: a builder stage's lists are thrown away with it
    return finalImageInstructions(file)
      .filter((i) => packageCalls(i, 'apt-get', 'apt').some((c) => c.sub === 'update') && !cleansPath(i, ['/var/lib/apt/lists']))
      .map((instruction) => ({ instruction }));
  },
};
