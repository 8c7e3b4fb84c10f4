import type { ScriptFile } from '../context.js';
import { nonConstantScriptSinks, type ScriptSinkSpec } from '../sinks.js';
import { scriptRule, type ScriptRule } from './rule.js';
import type { SyntaxNode } from '../../engine/walk.js';

const CP = (fns: string[]) => fns.map((f) => `child_process.${f}`);

/** `spawn(cmd, args, { shell: true })` or `spawn(cmd, { shell: true })`: the options object has a truthy `shell`. */
function shellOption(file: ScriptFile, call: SyntaxNode): boolean {
  const shell = file.args(call).positional.map((a) => file.property(a, 'shell')).find((v) => v !== undefined);
  return !!shell && shell.type !== 'false' && !(shell.type === 'string' && shell.text.length === 2);
}

export const commandSinks: readonly ScriptSinkSpec[] = [
  { calls: CP(['exec', 'execSync']), arg: 0 },
  { calls: CP(['spawn', 'spawnSync', 'execFile', 'execFileSync']), arg: 0, when: shellOption },
];

export const commandInjection: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.command-injection',
    title: 'Shell command built from non-constant input',
    description:
      'child_process.exec (or spawn with shell: true) runs its command line through a shell: if any part comes from outside, characters like ; | $( ) let the caller run their own commands.',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-78'],
    owasp: ['A03:2021'],
    help: "Use execFile/spawn without a shell and pass arguments as an array: execFile('ping', ['-c', '1', host]); validate values against an allow-list.",
    tags: ['eslint-plugin-security:detect-child-process', 'semgrep:javascript.lang.security.detect-child-process.detect-child-process'],
  }),
  check(file) {
    const matches = nonConstantScriptSinks(file, commandSinks);
    // With a shell, the argument list is joined into the command line too: spawn('sh', ['-c', cmd], { shell: true }).
    const seen = new Set(matches.map((m) => m.node.id));
    for (const call of file.calls(commandSinks[1]!.calls)) {
      if (seen.has(call.id) || !shellOption(file, call)) continue;
      const argv = file.arg(call, 1);
      if (argv?.type === 'array' && !file.isConstant(argv)) matches.push({ node: call, confidence: file.taint(argv) ? 'high' : 'medium' });
    }
    return matches.sort((a, b) => a.node.startIndex - b.node.startIndex);
  },
};
