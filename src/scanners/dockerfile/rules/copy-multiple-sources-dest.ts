import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

export const copyMultipleSourcesDest: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.copy-multiple-sources-dest',
    title: "COPY of several sources to a destination without '/'",
    description: 'COPY with more than one source needs a directory destination ending in `/`; otherwise the build fails.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'End the destination with a slash: `COPY a.txt b.txt /app/`.',
    tags: ['hadolint:DL3021', 'trivy:DS011'],
  }),
  check(file) {
    return staged(file, 'COPY')
      .filter((i) => {
        const dest = i.args.at(-1) ?? '';
        return i.args.length > 2 && i.unresolved.length === 0 && !/[/\\]$/.test(dest);
      })
      .map((instruction) => ({ instruction }));
  },
};
