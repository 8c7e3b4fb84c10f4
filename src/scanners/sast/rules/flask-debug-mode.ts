import { codeRule, type PythonRule, type SastMatch } from './rule.js';
import { isTrue } from './support/names.js';

export const flaskDebugMode: PythonRule = {
  meta: codeRule({
    id: 'sast.python.flask-debug-mode',
    title: 'Flask app runs in debug mode',
    description:
      'Debug mode turns on the Werkzeug debugger, which runs arbitrary Python for anyone who reaches /console, and shows tracebacks with source and settings.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-489'],
    owasp: ['A05:2021'],
    help: 'Remove debug=True (and app.debug = True); enable debugging only locally, e.g. with the FLASK_DEBUG environment variable.',
    tags: ['bandit:B201'],
  }),
  check(file) {
    const matches: SastMatch[] = [];
    for (const call of file.calls([], ['run'])) {
      const name = file.callName(call) ?? '';
      if (name.startsWith('subprocess.') || name.startsWith('asyncio.')) continue;
      if (isTrue(file.args(call).keywords.get('debug'))) matches.push({ node: call });
    }
    for (const { node: a, left, right, name } of file.assignments()) {
      if (!isTrue(right)) continue;
      const isAppDebug = left.type === 'attribute' && name === 'debug';
      const isConfigDebug = left.type === 'subscript' && name === 'DEBUG' && /\bconfig$/.test(left.childForFieldName('value')?.text ?? '');
      if (isAppDebug || isConfigDebug) matches.push({ node: a });
    }
    return matches;
  },
};
