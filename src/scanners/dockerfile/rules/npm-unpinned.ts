import { packageCalls } from '../shell/package-managers.js';
import { misconfig, type DockerfileRule, type RuleMatch } from './rule.js';
import { staged } from './support/stages.js';

const INSTALL = new Set(['install', 'i', 'add', 'isntall', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal']);

/** `name@1.2.3` and `@scope/name@1.2.3` are pinned (but `@latest` is not); paths, tarballs, URLs and git refs too. */
function unpinned(pkg: string): boolean {
  if (pkg.includes('$') || /^[./~]/.test(pkg) || /^(?:file|git|git\+\w+|github|gitlab|bitbucket|https?):/.test(pkg)) return false;
  if (/\.(?:tgz|tar\.gz)$/.test(pkg) || /^[^@][^/]*\/[^/]+#/.test(pkg)) return false;
  const at = pkg.lastIndexOf('@');
  if (at <= 0) return true;
  return /^(?:latest|next|\*|x)?$/i.test(pkg.slice(at + 1));
}

export const npmUnpinned: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.npm-unpinned',
    title: 'npm install without version pins',
    description: 'npm packages are installed by name without a version, so rebuilds silently pick up different (possibly compromised) releases.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-1357'],
    help: 'Pin versions (`npm install -g typescript@5.4.5`) or install from package-lock.json with `npm ci`.',
    tags: ['hadolint:DL3016'],
  }),
  check(file) {
    const out: RuleMatch[] = [];
    for (const instruction of staged(file, 'RUN')) {
      const loose = packageCalls(instruction, 'npm').filter((c) => INSTALL.has(c.sub)).flatMap((c) => c.packages.filter(unpinned));
      if (loose.length > 0) out.push({ instruction, message: `npm installs without a version pin: ${loose.join(', ')}.` });
    }
    return out;
  },
};
