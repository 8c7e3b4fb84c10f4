import { packageCalls } from '../shell/package-managers.js';
import { misconfig, type DockerfileRule, type RuleMatch } from './rule.js';
import { staged } from './support/stages.js';

/** apk accepts `pkg=1.2.3-r0`, `pkg~1.2`, `pkg>1.2`, `pkg<2`; a local `.apk` file is pinned by nature. */
function unpinned(pkg: string): boolean {
  return !/[=~<>]/.test(pkg) && !pkg.endsWith('.apk') && !pkg.includes('$');
}

export const apkUnpinned: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.apk-unpinned',
    title: 'apk add without version pins',
    description: 'Packages installed with apk add are not pinned to a version, so rebuilds silently pick up different packages.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-1357'],
    help: 'Pin each package: `apk add --no-cache curl=8.5.0-r0`.',
    tags: ['hadolint:DL3018'],
  }),
  check(file) {
    const out: RuleMatch[] = [];
    for (const instruction of staged(file, 'RUN')) {
      const loose = packageCalls(instruction, 'apk').filter((c) => c.sub === 'add').flatMap((c) => c.packages.filter(unpinned));
      if (loose.length > 0) out.push({ instruction, message: `apk add installs without a version pin: ${loose.join(', ')}.` });
    }
    return out;
  },
};
