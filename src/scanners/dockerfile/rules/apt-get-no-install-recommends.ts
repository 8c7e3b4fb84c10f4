import { hasOption, optionValues } from '../shell/args.js';
import { packageCalls } from '../shell/package-managers.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

export const aptGetNoInstallRecommends: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.apt-get-no-install-recommends',
    title: 'apt-get install without --no-install-recommends',
    description: 'apt-get also installs recommended packages, which enlarges the image and its attack surface.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Add `--no-install-recommends` to `apt-get install` and list the packages you actually need.',
    tags: ['hadolint:DL3015', 'trivy:DS029'],
  }),
  check(file) {
    return staged(file, 'RUN')
      .filter((instruction) =>
        packageCalls(instruction, 'apt-get', 'apt').some(
          (c) =>
            c.sub === 'install' &&
            !hasOption(c.args, { long: ['no-install-recommends'] }) &&
            !optionValues(c.args, ['-o', '--option']).some((v) => /Install-Recommends=(?:false|0|no)$/i.test(v)),
        ),
      )
      .map((instruction) => ({ instruction }));
  },
};
