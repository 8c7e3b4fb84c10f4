import { hasOption } from '../shell/args.js';
import { cleansPath, packageCalls } from '../shell/package-managers.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { finalImageInstructions } from './support/stages.js';

export const apkMissingNoCache: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.apk-missing-no-cache',
    title: 'apk add without --no-cache',
    description: 'apk add keeps the package index in /var/cache/apk, which stays in the image layer.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Use `apk add --no-cache …` (no separate `apk update` is needed then).',
    tags: ['hadolint:DL3019', 'trivy:DS025'],
  }),
  check(file) {
    return finalImageInstructions(file)
      .filter(
        (i) =>
          packageCalls(i, 'apk').some((c) => c.sub === 'add' && !hasOption(c.args, { long: ['no-cache'] })) &&
          !cleansPath(i, ['/var/cache/apk']),
      )
      .map((instruction) => ({ instruction }));
  },
};
