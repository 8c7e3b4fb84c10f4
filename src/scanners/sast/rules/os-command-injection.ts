import { codeRule, type PythonRule } from './rule.js';
import { isTrue } from './support/names.js';
import { type SinkSpec } from './support/sinks.js';
import { injectionMatches } from './support/taint-sinks.js';

const SUBPROCESS = ['run', 'call', 'check_call', 'check_output', 'Popen'].map((f) => `subprocess.${f}`);
const SHELL_ALWAYS = ['os.system', 'os.popen', 'os.popen2', 'os.popen3', 'os.popen4', 'subprocess.getoutput', 'subprocess.getstatusoutput', 'commands.getoutput', 'commands.getstatusoutput'];

const SHELL_QUOTING = ['shlex.quote', 'pipes.quote', 'shlex.join'];

export const commandSinks: readonly SinkSpec[] = [
  { calls: SUBPROCESS, arg: { index: 0, keyword: 'args' }, sanitizers: SHELL_QUOTING, when: (file, call) => isTrue(file.args(call).keywords.get('shell')) },
  { calls: SHELL_ALWAYS, arg: { index: 0, keyword: 'cmd' }, sanitizers: SHELL_QUOTING },
];

export const osCommandInjection: PythonRule = {
  meta: codeRule({
    id: 'sast.python.os-command-injection',
    title: 'Shell command built from non-constant input',
    description:
      'A command line built at run time is run by a shell: if any part comes from outside, characters like ; | $( ) let the caller run their own commands.',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-78'],
    owasp: ['A03:2021'],
    help: 'Pass an argument list without a shell: subprocess.run(["ping", "-c", "1", host]); validate the values against an allow-list.',
    tags: ['bandit:B602', 'bandit:B605'],
  }),
  check(file) {
    return injectionMatches(file, commandSinks, 'Shell command built from user input', (h) => !file.isConstant(h.arg, h.sink.sanitizers));
  },
};
