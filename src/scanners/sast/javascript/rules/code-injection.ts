import { nonConstantScriptSinks, type ScriptSinkSpec } from '../sinks.js';
import { scriptRule, type ScriptRule } from './rule.js';

export const codeSinks: readonly ScriptSinkSpec[] = [
  { calls: ['eval', 'global.eval', 'globalThis.eval', 'window.eval', 'vm.runInThisContext', 'vm.compileFunction'], arg: 0 },
  { calls: ['vm.runInNewContext', 'vm.runInContext', 'vm.Script'], arg: 0 },
  { calls: ['setTimeout', 'setInterval'], arg: 0, argWhen: (_file, arg) => arg.type === 'template_string' || arg.type === 'binary_expression' },
];

export const codeInjection: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.code-injection',
    title: 'Code evaluated from non-constant input',
    description:
      'eval, new Function and the vm module run a string as JavaScript with the full rights of the process: input that reaches it runs as code.',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-94'],
    owasp: ['A03:2021'],
    help: 'Do not evaluate strings: parse data with JSON.parse, map names to functions with an object, and keep vm for trusted code only (it is not a sandbox).',
    tags: ['eslint-plugin-security:detect-eval-with-expression', 'semgrep:javascript.browser.security.eval-detected.eval-detected'],
  }),
  check(file) {
    const matches = nonConstantScriptSinks(file, codeSinks);
    // new Function(a, b, body): every argument is code (parameter names and body).
    for (const call of file.calls(['Function', 'global.Function', 'globalThis.Function'])) {
      const args = file.args(call);
      if (args.spread || args.positional.some((a) => !file.isConstant(a))) {
        matches.push({ node: call, confidence: args.positional.some((a) => file.taint(a)) ? 'high' : 'medium' });
      }
    }
    return matches.sort((a, b) => a.node.startIndex - b.node.startIndex);
  },
};
