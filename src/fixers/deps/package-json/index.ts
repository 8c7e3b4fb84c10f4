import type { Finding } from '../../../core/model.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { basename, manifestFor } from '../shared/manifest.js';
import { planUpgrade, upgradeText } from '../shared/upgrade.js';
import { raiseNpmRange } from './npm-range.js';

const FROM = new Set(['package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock']);
const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies'];

export const packageJsonFixer = {
  meta: { id: 'package-json', version: '1.0.0', summary: 'Upgrades a vulnerable npm package declared in package.json (pins, ^ and ~ ranges, lower bounds)' },
  strategy: 'deterministic',
  handles: (f: Finding): boolean => f.category === 'vulnerability' && f.location.kind === 'package' && f.location.ecosystem === 'npm' && FROM.has(basename(f.location.path)),
  async plan(unit, ctx) {
    const upgrade = planUpgrade(unit, ctx);
    if (typeof upgrade === 'string') return skip(upgrade);
    const manifest = await manifestFor(upgrade.path, 'package.json', ctx);
    if (typeof manifest === 'string') return skip(manifest);
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(manifest.text) as Record<string, unknown>;
    } catch {
      return skip(`${manifest.path} is not valid JSON`);
    }
    let after = manifest.text;
    let found = false;
    for (const section of SECTIONS) {
      const deps = data[section] as Record<string, unknown> | undefined;
      const range = deps?.[upgrade.name];
      if (typeof range !== 'string') continue;
      const raised = raiseNpmRange(range, upgrade.target);
      if (typeof raised === 'object') return skip(`${manifest.path} ${section}: ${raised.reason}`);
      const edited = replaceInSection(after, section, upgrade.name, raised);
      if (edited === undefined) return skip(`${manifest.path}: the ${section} entry of ${upgrade.name} is not written in a form patchline can edit`);
      after = edited;
      found = true;
    }
    if (!found) return skip(`${upgrade.name} is not declared in ${manifest.path} (a transitive dependency); add an "overrides" entry or upgrade the package that requires it`);
    const lock = manifest.lockfile ? basename(manifest.lockfile) : 'package-lock.json';
    const command = lock === 'yarn.lock' ? 'yarn install' : lock === 'pnpm-lock.yaml' ? 'pnpm install' : lock === 'bun.lock' ? 'bun install' : 'npm install';
    return change(this, unit, {
      ...upgradeText(upgrade),
      edits: [{ path: manifest.path, before: manifest.text, after }],
      notes: [`Regenerate the lockfile (${command}) so it resolves ${upgrade.name} ${upgrade.target}; it was not edited.`],
    });
  },
} satisfies Fixer;

/** Replaces the range of `name` inside the `"section": { … }` object, leaving the rest of the text as written. */
function replaceInSection(text: string, section: string, name: string, range: string): string | undefined {
  const open = new RegExp(`"${section}"\\s*:\\s*\\{`).exec(text);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const close = text.indexOf('}', start);
  const body = text.slice(start, close);
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const entry = new RegExp(`("${escaped}"\\s*:\\s*")([^"]*)(")`).exec(body);
  if (!entry) return undefined;
  const at = start + entry.index + entry[1]!.length;
  return text.slice(0, at) + range + text.slice(at + entry[2]!.length);
}
