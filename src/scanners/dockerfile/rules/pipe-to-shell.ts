import { runScript, SHELLS } from '../shell/script.js';
import type { Instruction } from '../parser/types.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

const DOWNLOADERS = new Set(['curl', 'wget']);
const INTERPRETERS = new Set([...SHELLS, 'python', 'python3', 'perl', 'ruby', 'node']);
const FETCH_IN_WORD = /(?:\$\(|<\(|`)\s*(?:curl|wget)\b/;

/** `curl … | sh`, `wget -O- … | sudo bash`, `sh -c "$(curl …)"`, `bash <(curl …)`. */
function pipesDownloadToShell(instr: Instruction): boolean {
  const commands = runScript(instr).commands;
  for (const [i, cmd] of commands.entries()) {
    if (INTERPRETERS.has(cmd.name) && cmd.args.some((a) => FETCH_IN_WORD.test(a))) return true;
    if (!DOWNLOADERS.has(cmd.name)) continue;
    if (commands.slice(i + 1).some((c) => c.pipeline === cmd.pipeline && INTERPRETERS.has(c.name))) return true;
  }
  return false;
}

export const pipeToShell: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.pipe-to-shell',
    title: 'Download piped into a shell',
    description: 'A script downloaded with curl or wget is executed directly, without verifying what was downloaded.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-494'],
    help: 'Download to a file, verify its checksum (`sha256sum -c`), then run it; better, install a pinned package.',
    // no hadolint or Trivy check covers this; rastray has the same rule
    tags: ['rastray:RSTR-IAC-006'],
    references: ['https://docs.rs/crate/rastray/latest/source/docs/src/rules/RSTR-IAC-006.md'],
  }),
  check(file) {
    return staged(file, 'RUN').filter(pipesDownloadToShell).map((instruction) => ({ instruction }));
  },
};
