import { hasOption, optionValues } from '../shell/args.js';
import { packageCalls, type PackageCall } from '../shell/package-managers.js';
import { runScript } from '../shell/script.js';
import type { Instruction } from '../parser/types.js';
import { misconfig, type DockerfileRule } from './rule.js';
import { staged } from './support/stages.js';

const PROMPTING = new Set(['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove', 'build-dep']);

function answersYes(instr: Instruction, call: PackageCall): boolean {
  const { args } = call;
  if (hasOption(args, { long: ['yes', 'assume-yes', 'force-yes'], short: ['y'] })) return true;
  // -qq (or -q=2) implies -y
  if (args.some((a) => /^-[A-Za-z]*q[A-Za-z]*q/.test(a) || a === '-q=2' || a === '--quiet=2')) return true;
  if (optionValues(args, ['-o', '--option']).some((v) => /Assume-Yes=(?:true|1|yes)$/i.test(v))) return true;
  return runScript(instr).commands.some((c) => c.name === 'yes' && c.pipeline === call.command.pipeline);
}

export const aptGetMissingYes: DockerfileRule = {
  meta: misconfig({
    id: 'dockerfile.apt-get-missing-yes',
    title: 'apt-get without -y',
    description: 'apt-get asks for confirmation; without `-y` a non-interactive build aborts or hangs.',
    severity: 'low',
    confidence: 'high',
    cwe: ['CWE-710'],
    help: 'Add `-y` (or `--yes`) to every apt-get install, upgrade and remove.',
    tags: ['hadolint:DL3014', 'trivy:DS021'],
  }),
  check(file) {
    return staged(file, 'RUN')
      .filter((i) => packageCalls(i, 'apt-get', 'apt').some((c) => PROMPTING.has(c.sub) && !answersYes(i, c)))
      .map((instruction) => ({ instruction }));
  },
};
