import { packageCalls } from '../shell/package-managers.js';
import { misconfig, type DockerfileRule, type RuleMatch } from './rule.js';
import { staged } from './support/stages.js';

/** A package operand that pins nothing: no `=version`, not a local .deb, not a variable we cannot see. */
function unpinned(pkg: string): boolean {
  return !pkg.includes('=') && !pkg.endsWith('.deb') && !pkg.includes('$');
}

export const aptGetUnpinned: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.apt-get-unpinned',
    title: 'apt-get install without version pins',
    description: 'Packages installed with apt-get are not pinned to a version, so rebuilds silently pick up different packages.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-1357'],
    help: 'Pin each package: `apt-get install -y curl=7.88.1-10+deb12u5`.',
    tags: ['hadolint:DL3008'],
  }),
  check(file) {
    const out: RuleMatch[] = [];
    for (const instruction of staged(file, 'RUN')) {
      const loose = packageCalls(instruction, 'apt-get', 'apt')
        .filter((c) => c.sub === 'install')
        .flatMap((c) => c.packages.filter(unpinned));
      if (loose.length > 0) out.push({ instruction, message: `apt-get installs without a version pin: ${loose.join(', ')}.` });
    }
    return out;
  },
};
