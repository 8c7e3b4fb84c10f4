import { packageCalls } from '../shell/package-managers.js';
import { misconfig, type DockerfileRule, type RuleMatch } from './rule.js';
import { staged } from './support/stages.js';

/** Pinned: `==`/`===` or a direct reference; paths, archives, URLs and VCS links name exact code anyway. */
function unpinned(pkg: string): boolean {
  if (pkg.includes('==') || pkg.includes('@') || pkg.includes('$')) return false;
  if (/^[./~]/.test(pkg) || pkg.includes('://') || /^(?:git|hg|svn|bzr)\+/.test(pkg)) return false;
  return !/\.(?:whl|tar\.gz|tgz|zip|tar\.bz2)$/i.test(pkg);
}

export const pipUnpinned: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.pip-unpinned',
    title: 'pip install without version pins',
    description: 'Python packages are installed without `==` pins, so rebuilds silently pick up different (possibly compromised) releases.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-1357'],
    help: 'Pin versions (`pip install flask==3.0.3`) or install from a locked requirements file (`pip install -r requirements.txt`).',
    tags: ['hadolint:DL3013'],
  }),
  check(file) {
    const out: RuleMatch[] = [];
    for (const instruction of staged(file, 'RUN')) {
      const loose = packageCalls(instruction, 'pip').filter((c) => c.sub === 'install').flatMap((c) => c.packages.filter(unpinned));
      if (loose.length > 0) out.push({ instruction, message: `pip installs without a version pin: ${loose.join(', ')}.` });
    }
    return out;
  },
};
