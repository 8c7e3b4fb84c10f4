import { codeRule, type PythonRule } from './rule.js';
import { type SinkSpec } from './support/sinks.js';
import { injectionMatches } from './support/taint-sinks.js';

export const evalExecSinks: readonly SinkSpec[] = [{ calls: ['eval', 'exec', 'builtins.eval', 'builtins.exec'], arg: { index: 0, keyword: 'source' } }];

export const evalExec: PythonRule = {
  meta: codeRule({
    id: 'sast.python.eval-exec',
    title: 'eval/exec of non-constant input',
    description: 'The argument is built at run time; if any part comes from outside, the caller can run arbitrary Python.',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-94', 'CWE-95'],
    owasp: ['A03:2021'],
    help: 'Parse data with ast.literal_eval or json.loads, and dispatch on names through a dict instead of building code.',
    tags: ['bandit:B307', 'bandit:B102'],
  }),
  check(file) {
    return injectionMatches(file, evalExecSinks, 'eval/exec of user input', (h) => !file.isConstant(h.arg, h.sink.sanitizers));
  },
};
