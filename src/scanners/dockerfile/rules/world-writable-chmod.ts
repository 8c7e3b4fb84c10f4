import { operands, optionValues } from '../shell/args.js';
import { runScript } from '../shell/script.js';
import type { Instruction } from '../parser/types.js';
import { misconfig, type DockerfileRule } from './rule.js';

/** Octal with the others-write bit and no sticky bit (`1777` is the normal mode of /tmp), or `o+w`/`a+w`/`a=rwx`. */
export function worldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const digits = mode.padStart(4, '0');
    const sticky = (Number(digits[0]) & 1) === 1;
    return !sticky && (Number(digits[3]) & 2) === 2;
  }
  return mode.split(',').some((clause) => {
    const m = /^([ugoa]*)([+=])([rwxXst]*)$/.exec(clause);
    return m !== null && /[oa]/.test(m[1]!) && m[3]!.includes('w') && !m[3]!.includes('t');
  });
}

/** `-m 777`, `-pm 777`, `-m777`, `--mode=777`, `--mode 777`. */
function modeOptions(args: readonly string[]): string[] {
  const modes = optionValues(args, ['--mode']);
  args.forEach((a, i) => {
    if (/^-[A-Za-z]*m$/.test(a) && args[i + 1] !== undefined) modes.push(args[i + 1]!);
    else if (/^-m\S+$/.test(a)) modes.push(a.slice(2));
  });
  return modes;
}

function modesOf(instr: Instruction): string[] {
  if (instr.keyword === 'COPY' || instr.keyword === 'ADD') {
    return instr.flags.filter((f) => f.name === 'chmod' && f.value !== undefined).map((f) => f.value!);
  }
  if (instr.keyword !== 'RUN') return [];
  return runScript(instr).commands.flatMap((c) => {
    if (c.name === 'chmod') return operands(c.args, new Set(['--reference'])).slice(0, 1);
    if (c.name === 'mkdir' || c.name === 'install') return modeOptions(c.args);
    return [];
  });
}

export const worldWritableChmod: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.world-writable-chmod',
    title: 'World-writable permissions',
    description: 'Files or directories are made writable by every user (e.g. `chmod 777`), so any process in the container can tamper with them.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-732'],
    help: 'Give ownership to the user that needs it (`chown`, `COPY --chown`) and use modes such as 755 or 644.',
    // hadolint and Trivy have no such check; Datadog's IaC rules do
    tags: ['datadog:dockerfile-avoid-chmod-777'],
    references: ['https://docs.datadoghq.com/security/code_security/iac_security/iac_rules/dockerfile-avoid-chmod-777/'],
  }),
  check(file) {
    return file.stages
      .flatMap((s) => s.instructions)
      .filter((i) => modesOf(i).some(worldWritable))
      .map((instruction) => ({ instruction }));
  },
};
