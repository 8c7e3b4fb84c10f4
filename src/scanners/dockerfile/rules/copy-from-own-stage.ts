import { copyFrom } from './support/copy-from.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

export const copyFromOwnStage: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.copy-from-own-stage',
    title: 'COPY --from references its own stage',
    description: 'COPY --from names the stage it is in; a stage cannot copy from itself and the build fails.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Point --from at an earlier stage or an image, or copy from the build context.',
    tags: ['hadolint:DL3023', 'trivy:DS006'],
  }),
  check(file) {
    return staged(file, 'COPY')
      .filter((i) => {
        const from = copyFrom(i);
        return from !== undefined && (from === i.stageName || from === String(i.stage));
      })
      .map((instruction) => ({ instruction }));
  },
};
