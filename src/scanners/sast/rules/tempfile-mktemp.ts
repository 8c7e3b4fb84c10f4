import { codeRule, type PythonRule } from './rule.js';

export const tempfileMktemp: PythonRule = {
  meta: codeRule({
    id: 'sast.python.tempfile-mktemp',
    title: 'Insecure temporary file name (mktemp)',
    description:
      'tempfile.mktemp only returns a name; between choosing it and creating the file another process can create or link it (race condition).',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-377'],
    owasp: ['A01:2021'],
    help: 'Use tempfile.mkstemp(), NamedTemporaryFile() or TemporaryDirectory(), which create the file atomically.',
    tags: ['bandit:B306'],
  }),
  check(file) {
    return file.calls(['tempfile.mktemp', 'os.tempnam', 'os.tmpnam']).map((node) => ({ node }));
  },
};
