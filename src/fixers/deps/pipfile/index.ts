import type { Finding } from '../../../core/model.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { basename, lockfileNote, manifestFor } from '../shared/manifest.js';
import { raisePoetry } from '../shared/poetry-spec.js';
import { tomlDependencies } from '../shared/toml-deps.js';
import { planUpgrade, samePythonName, upgradeText } from '../shared/upgrade.js';

const TABLES = new Set(['packages', 'dev-packages']);

export const pipfileFixer = {
  meta: { id: 'pipfile', version: '1.0.0', summary: 'Upgrades a vulnerable Python package in a Pipfile (packages and dev-packages)' },
  strategy: 'deterministic',
  handles: (f: Finding): boolean =>
    f.category === 'vulnerability' && f.location.kind === 'package' && f.location.ecosystem === 'PyPI' && ['Pipfile', 'Pipfile.lock'].includes(basename(f.location.path)),
  async plan(unit, ctx) {
    const upgrade = planUpgrade(unit, ctx);
    if (typeof upgrade === 'string') return skip(upgrade);
    const manifest = await manifestFor(upgrade.path, 'Pipfile', ctx);
    if (typeof manifest === 'string') return skip(manifest);
    const entries = tomlDependencies(manifest.text, (t) => TABLES.has(t)).filter((d) => samePythonName(d.name, upgrade.name));
    if (entries.length === 0) return skip(`${upgrade.name} is not declared in ${manifest.path} (a transitive dependency); constrain it or upgrade the package that requires it`);
    let after = manifest.text;
    for (const entry of entries.sort((a, b) => b.start - a.start)) {
      const raised = raisePoetry(entry.spec, upgrade.target, upgrade.compare);
      if (typeof raised === 'object') return skip(`${manifest.path}: ${raised.reason}`);
      after = after.slice(0, entry.start) + raised + after.slice(entry.end);
    }
    return change(this, unit, { ...upgradeText(upgrade), edits: [{ path: manifest.path, before: manifest.text, after }], notes: lockfileNote(manifest, 'pipenv lock') });
  },
} satisfies Fixer;
