import type { Instruction } from '../parser/types.js';
import { runScript } from '../shell/script.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash', 'ksh', 'mksh']);
const NON_POSIX = /^(?:.*[\\/])?(?:pwsh|powershell|cmd)(?:\.exe)?$/i;

/** `-o pipefail`, also inside an option cluster such as `-euo pipefail`. */
export function setsPipefail(args: readonly string[]): boolean {
  return args.some((a, i) => /^-[a-z]*o$/.test(a) && args[i + 1] === 'pipefail');
}

function shellHandlesPipes(instr: Instruction): boolean {
  return instr.shell !== undefined && (NON_POSIX.test(instr.shell[0] ?? '') || setsPipefail(instr.shell));
}

/** A pipe that runs before anything in the same RUN turns pipefail on (`set -o pipefail`, `bash -o pipefail -c`). */
function unsafePipe(instr: Instruction): boolean {
  const seen = new Set<number>();
  for (const c of runScript(instr).commands) {
    if ((c.name === 'set' || PIPEFAIL_SHELLS.has(c.name)) && setsPipefail(c.args)) return false;
    if (seen.has(c.pipeline)) return true;
    seen.add(c.pipeline);
  }
  return false;
}

export const missingPipefail: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.missing-pipefail',
    title: 'RUN with a pipe but without pipefail',
    description: 'Without `set -o pipefail` a RUN with a pipe succeeds when an earlier command of the pipe fails, e.g. a failed download piped to tar.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-755'],
    help: 'Add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN, or start it with `set -o pipefail &&`.',
    tags: ['hadolint:DL4006', 'trivy:DS032'],
  }),
  check(file) {
    return staged(file, 'RUN')
      .filter((i) => !i.json && !shellHandlesPipes(i) && unsafePipe(i))
      .map((instruction) => ({ instruction }));
  },
};
