import { hasOption } from '../shell/args.js';
import { cleansPath, packageCalls } from '../shell/package-managers.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { envBefore, finalImageInstructions } from './support/stages.js';

const PIP_CACHE = ['/root/.cache/pip', '/root/.cache'];

export const pipNoCacheDir: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.pip-no-cache-dir',
    title: 'pip install without --no-cache-dir',
    description: "pip keeps downloaded wheels in its cache directory, which stays in the image layer.",
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Use `pip install --no-cache-dir …`, set `ENV PIP_NO_CACHE_DIR=1`, or mount the pip cache with `--mount=type=cache`.',
    tags: ['hadolint:DL3042'],
  }),
  check(file) {
    return finalImageInstructions(file)
      .filter((i) => {
        const calls = packageCalls(i, 'pip').filter((c) => c.sub === 'install' && !hasOption(c.args, { long: ['no-cache-dir'] }));
        if (calls.length === 0 || cleansPath(i, PIP_CACHE)) return false;
        const env = envBefore(file, i, 'PIP_NO_CACHE_DIR');
        return env === undefined || /^(?:0|false|no|off|)$/i.test(env);
      })
      .map((instruction) => ({ instruction }));
  },
};
