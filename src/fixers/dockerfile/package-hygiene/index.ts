import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { inDockerfile, loadDockerfile, replaceLines } from '../shared/dockerfile-unit.js';

interface Hygiene {
  title: string;
  rationale: string;
  /** Rewrites the RUN's physical lines; returns them unchanged when the pattern is not there. */
  rewrite(lines: string[]): string[];
}

const PKG_OPTS = String.raw`(\s+(?:-{1,2}[\w-]+(?:=\S+)?\s+)*)`;

/** Adds an option after every `<tool> <sub>` in the RUN that lacks it. */
function addOption(tool: string, sub: string, option: string): (lines: string[]) => string[] {
  const re = new RegExp(String.raw`\b(${tool})${PKG_OPTS}${sub}\b(?![^&|;]*${option})`, 'g');
  return (lines) => lines.map((l) => l.replace(re, (_m, t: string, opts: string) => `${t}${opts}${sub} ${option}`));
}

const FIXES: Record<string, Hygiene> = {
  'dockerfile.apt-get-no-install-recommends': {
    title: 'Install apt packages without recommended extras',
    rationale: '--no-install-recommends installs only what was asked for: a smaller image with fewer packages to patch.',
    rewrite: addOption('apt-get', 'install', '--no-install-recommends'),
  },
  'dockerfile.apt-lists-not-cleaned': {
    title: 'Remove the apt lists in the same RUN',
    rationale: 'The package lists apt-get update downloads stay in the layer unless the same RUN deletes them.',
    rewrite: (lines) => {
      const last = lines.length - 1;
      return lines.map((l, i) => (i === last ? `${l.replace(/\s+$/, '')} && rm -rf /var/lib/apt/lists/*` : l));
    },
  },
  'dockerfile.pip-no-cache-dir': {
    title: 'Install Python packages without keeping the pip cache',
    rationale: "--no-cache-dir keeps pip's download cache out of the image layer.",
    rewrite: addOption(String.raw`pip3?|python3? -m pip`, 'install', '--no-cache-dir'),
  },
  'dockerfile.apk-missing-no-cache': {
    title: 'Install Alpine packages without keeping the apk cache',
    rationale: '--no-cache fetches the index on the fly and leaves no cache in the image layer.',
    rewrite: addOption('apk', 'add', '--no-cache'),
  },
};

export const packageHygieneFixer = {
  meta: { id: 'package-hygiene', version: '1.0.0', summary: 'Package-manager hygiene in RUN: no recommends, no apt lists, no pip or apk cache left in the layer' },
  strategy: 'deterministic',
  handles: (f) => inDockerfile(f, ...Object.keys(FIXES)),
  async plan(unit, ctx) {
    const fix = FIXES[unit.findings[0]!.ruleId]!;
    const target = await loadDockerfile(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { instruction: run, text, path } = target;
    if (run?.keyword !== 'RUN') return skip('no RUN instruction at the reported line');
    if (run.json || run.heredocs.length > 0) return skip('the RUN is in exec form or uses a heredoc; edit it by hand');
    const lines = text.split('\n').slice(run.startLine - 1, run.endLine);
    const after = replaceLines(text, run.startLine, run.endLine, fix.rewrite(lines));
    return change(this, unit, { title: `${fix.title} in ${path}`, rationale: fix.rationale, edits: [{ path, before: text, after }] });
  },
} satisfies Fixer;
