import { misconfig, type DockerfileRule } from './rule.js';

export const fromPlatformFlag: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.from-platform-flag',
    title: 'FROM --platform with a fixed value',
    description: 'FROM forces a fixed platform, so the image cannot be built for other architectures and may run emulated.',
    severity: 'info',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Drop --platform, or use a build argument such as `--platform=$BUILDPLATFORM`.',
    tags: ['hadolint:DL3029'],
  }),
  check(file) {
    return file.stages
      .map((s) => s.from)
      .filter((from) => from.flags.some((f) => f.name === 'platform' && !f.raw.includes('$')))
      .map((instruction) => ({ instruction }));
  },
};
