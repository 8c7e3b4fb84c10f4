import type { Finding } from '../../../core/model.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { basename, lockfileNote, manifestFor } from '../shared/manifest.js';
import { raisePep440 } from '../shared/pep440-spec.js';
import { raisePoetry } from '../shared/poetry-spec.js';
import { tomlDependencies } from '../shared/toml-deps.js';
import { planUpgrade, samePythonName, upgradeText, type Upgrade } from '../shared/upgrade.js';
import { pep508Strings } from './pep621.js';

const FROM = new Set(['pyproject.toml', 'poetry.lock', 'uv.lock', 'pdm.lock']);
const POETRY_TABLE = /^tool\.poetry\.(?:dev-dependencies|dependencies|group\.[^.]+\.dependencies)$/;

export const pyprojectTomlFixer = {
  meta: { id: 'pyproject-toml', version: '1.0.0', summary: 'Upgrades a vulnerable Python package in pyproject.toml: PEP 621 lists, dependency groups and Poetry tables' },
  strategy: 'deterministic',
  handles: (f: Finding): boolean => f.category === 'vulnerability' && f.location.kind === 'package' && f.location.ecosystem === 'PyPI' && FROM.has(basename(f.location.path)),
  async plan(unit, ctx) {
    const upgrade = planUpgrade(unit, ctx);
    if (typeof upgrade === 'string') return skip(upgrade);
    const manifest = await manifestFor(upgrade.path, 'pyproject.toml', ctx);
    if (typeof manifest === 'string') return skip(manifest);
    const after = rewrite(manifest.text, upgrade);
    if (typeof after === 'object') return skip(`${manifest.path}: ${after.reason}`);
    const lock = basename(manifest.lockfile);
    const command = lock === 'poetry.lock' ? 'poetry lock' : lock === 'uv.lock' ? 'uv lock' : 'pdm lock';
    return change(this, unit, { ...upgradeText(upgrade), edits: [{ path: manifest.path, before: manifest.text, after }], notes: lockfileNote(manifest, command) });
  },
} satisfies Fixer;

function rewrite(text: string, u: Upgrade): string | { reason: string } {
  const spans: { start: number; end: number; text: string }[] = [];
  for (const s of pep508Strings(text).filter((s) => samePythonName(s.name, u.name))) {
    const raised = raisePep440(s.spec, u.target, u.compare);
    if (typeof raised === 'object') return raised;
    spans.push({ start: s.specStart, end: s.specEnd, text: raised });
  }
  for (const d of tomlDependencies(text, (t) => POETRY_TABLE.test(t)).filter((d) => samePythonName(d.name, u.name))) {
    const raised = raisePoetry(d.spec, u.target, u.compare);
    if (typeof raised === 'object') return raised;
    spans.push({ start: d.start, end: d.end, text: raised });
  }
  if (spans.length === 0) return { reason: `${u.name} is not declared here (a transitive dependency); constrain it or upgrade the package that requires it` };
  let out = text;
  for (const s of spans.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
