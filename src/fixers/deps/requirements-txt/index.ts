import path from 'node:path';
import type { Finding } from '../../../core/model.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { planUpgrade, upgradeText } from '../shared/upgrade.js';
import { rewriteRequirements } from './rewrite.js';

export const requirementsTxtFixer = {
  meta: {
    id: 'requirements-txt',
    version: '1.0.0',
    summary: 'Upgrades a vulnerable Python package in requirements files: pins and ranges, keeping comments and markers',
  },
  strategy: 'deterministic',
  handles: (f: Finding): boolean =>
    f.category === 'vulnerability' && f.location.kind === 'package' && f.location.ecosystem === 'PyPI' && isRequirementsPath(f.location.path),
  async plan(unit, ctx) {
    const upgrade = planUpgrade(unit, ctx);
    if (typeof upgrade === 'string') return skip(upgrade);
    const before = await ctx.readFile(upgrade.path);
    if (before === undefined) return skip(`${upgrade.path} cannot be read`);
    const rewritten = rewriteRequirements(before, upgrade.name, upgrade.target, upgrade.compare);
    if ('reason' in rewritten) return skip(`${upgrade.path}: ${rewritten.reason}`);
    const notes = rewritten.droppedHashes
      ? [`${upgrade.path} uses hash-checking: the old hashes of ${upgrade.name} were removed; regenerate them (pip-compile --generate-hashes, or pip hash) before installing`]
      : [];
    return change(this, unit, { ...upgradeText(upgrade), edits: [{ path: upgrade.path, before, after: rewritten.text }], notes });
  },
} satisfies Fixer;

function isRequirementsPath(p: string | undefined): boolean {
  if (!p) return false;
  const base = path.posix.basename(p).toLowerCase();
  return (base.endsWith('.txt') || base.endsWith('.in')) && (base.includes('requirements') || base.includes('constraints') || p.toLowerCase().includes('requirements/'));
}
