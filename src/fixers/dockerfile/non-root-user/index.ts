import { finalChain } from '../../../scanners/dockerfile/rules/support/stages.js';
import { change, skip } from '../../change-set.js';
import type { Fixer } from '../../types.js';
import { inDockerfile, loadDockerfile, replaceLines } from '../shared/dockerfile-unit.js';

/** Instructions that describe how the image runs; the USER goes before them, after the build steps. */
const RUNTIME = new Set(['CMD', 'ENTRYPOINT', 'EXPOSE', 'HEALTHCHECK', 'STOPSIGNAL', 'VOLUME', 'LABEL']);
const USER_ID = 10001;

export const nonRootUserFixer = {
  meta: { id: 'non-root-user', version: '1.0.0', summary: 'Creates an unprivileged user and switches to it at the end of the build steps of the final stage' },
  strategy: 'deterministic',
  handles: (f) => inDockerfile(f, 'dockerfile.root-user'),
  async plan(unit, ctx) {
    const target = await loadDockerfile(unit, ctx);
    if (typeof target === 'string') return skip(target);
    const { file, text, path } = target;
    const chain = finalChain(file);
    const final = chain[0];
    if (!final) return skip('the Dockerfile has no stage');
    if (final.instructions.some((i) => i.keyword === 'USER')) return skip('the final stage sets USER to root on purpose; change it by hand');
    const steps = final.instructions;
    let at = steps.length;
    while (at > 0 && RUNTIME.has(steps[at - 1]!.keyword)) at--;
    const insertLine = at < steps.length ? steps[at]!.startLine : steps.length > 0 ? steps.at(-1)!.endLine + 1 : final.from.endLine + 1;
    const base = chain.at(-1)!.image.toLowerCase();
    const lines = userLines(base);
    const after = replaceLines(text, insertLine, insertLine - 1, [...lines, '']);
    return change(this, unit, {
      title: `Run the container as an unprivileged user in ${path}`,
      rationale: 'Without USER the container runs as root, so a compromise of the application is a compromise of root in the container.',
      notes: [`The application now runs as uid ${USER_ID}; give it write access to any directory it writes to (chown in a RUN before the USER line).`],
      edits: [{ path, before: text, after }],
    });
  },
} satisfies Fixer;

/** How to add a user depends on the base: BusyBox adduser on Alpine, none at all on images without a shell. */
function userLines(base: string): string[] {
  if (base === 'scratch' || base.includes('distroless')) return [`USER ${USER_ID}:${USER_ID}`];
  if (base.includes('alpine')) return [`RUN addgroup -S -g ${USER_ID} app && adduser -S -D -u ${USER_ID} -G app app`, 'USER app'];
  return [`RUN useradd --create-home --uid ${USER_ID} --user-group app`, 'USER app'];
}
