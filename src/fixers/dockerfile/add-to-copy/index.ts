import { isArchive, isRemote, sources } from '../../../scanners/dockerfile/rules/support/add-sources.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { inDockerfile, loadDockerfile, replaceLines } from '../shared/dockerfile-unit.js';

export const addToCopyFixer = {
  meta: { id: 'add-to-copy', version: '1.0.0', summary: 'Replaces ADD of local files with COPY, which neither fetches URLs nor unpacks archives' },
  strategy: 'deterministic',
  handles: (f) => inDockerfile(f, 'dockerfile.add-instead-of-copy'),
  async plan(unit, ctx) {
    const target = await loadDockerfile(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { instruction: add, text, path } = target;
    if (add?.keyword !== 'ADD') return skip('no ADD instruction at the reported line');
    if (sources(add).some((s) => isRemote(s) || isArchive(s))) return skip('ADD fetches a URL or unpacks an archive here; COPY would change what the image holds');
    const lines = text.split('\n');
    const first = lines[add.startLine - 1]!.replace(/^(\s*)add\b/i, (_m, lead: string) => `${lead}COPY`);
    return change(this, unit, {
      title: `Use COPY instead of ADD in ${path}`,
      rationale: 'ADD also downloads URLs and unpacks archives; COPY only copies local files, so the step does exactly what it says.',
      edits: [{ path, before: text, after: replaceLines(text, add.startLine, add.startLine, [first]) }],
    });
  },
} satisfies Fixer;
