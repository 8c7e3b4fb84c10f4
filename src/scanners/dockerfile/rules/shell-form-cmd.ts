import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

export const shellFormCmd: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.shell-form-cmd',
    title: 'CMD or ENTRYPOINT in shell form',
    description: 'In shell form the process runs under `/bin/sh -c`, which does not forward signals such as SIGTERM, so containers do not stop cleanly.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Use the exec (JSON array) form: `CMD ["gunicorn", "app:app"]`.',
    tags: ['hadolint:DL3025'],
  }),
  check(file) {
    return [...staged(file, 'CMD'), ...staged(file, 'ENTRYPOINT')]
      .filter((i) => !i.json && (i.args[0] ?? '').trim() !== '')
      .sort((a, b) => a.startLine - b.startLine)
      .map((instruction) => ({ instruction }));
  },
};
