import { parseImageRef } from '../../../scanners/dockerfile/rules/support/image-ref.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { inDockerfile, loadDockerfile, replaceLines } from '../shared/dockerfile-unit.js';
import { officialName, STABLE_TAGS } from './tags.js';

export const baseImageTagFixer = {
  meta: { id: 'base-image-tag', version: '1.0.0', summary: "Pins a base image named without a version, or as 'latest', to its current stable release line" },
  strategy: 'deterministic',
  handles: (f) => inDockerfile(f, 'dockerfile.latest-tag', 'dockerfile.untagged-image'),
  async plan(unit, ctx) {
    const target = await loadDockerfile(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { instruction: from, text, path } = target;
    if (from?.keyword !== 'FROM') return skip('no FROM instruction at the reported line');
    const written = from.rest.split(/\s+/).find((w) => w !== '' && !w.startsWith('--'));
    if (!written || written.includes('$')) return skip('the image reference depends on a build argument; pin it where the argument is set');
    const ref = parseImageRef(written);
    const tag = STABLE_TAGS[officialName(ref.name)];
    if (!tag) return skip(`patchline does not know the stable release line of ${ref.name}; pin a version tag (and digest) by hand`);
    const pinned = `${ref.name}:${tag}`;
    const line = text.split('\n')[from.startLine - 1]!;
    if (!line.includes(written)) return skip('the image reference is split across lines');
    return change(this, unit, {
      title: `Pin the base image ${ref.name} to ${tag} in ${path}`,
      rationale: `${written} changes whenever a new release is published, so two builds of the same commit can differ; ${pinned} stays on one release line.`,
      notes: [`Check that the application works on ${pinned}, then pin its digest (${pinned}@sha256:…) so rebuilds are reproducible.`],
      edits: [{ path, before: text, after: replaceLines(text, from.startLine, from.startLine, [line.replace(written, pinned)]) }],
    });
  },
} satisfies Fixer;
