import { GUARD_MARKS } from '../taint/sources.js';
import { codeRule, type PythonRule } from './rule.js';
import type { SinkSpec } from './support/sinks.js';
import { taintedSinkCalls, taintMatch } from './support/taint-sinks.js';

/** `basename` keeps the last part only; a prefix test after `realpath` keeps the path in its directory. */
const BASENAME = ['os.path.basename', 'posixpath.basename', 'ntpath.basename', GUARD_MARKS.contained.note];

export const pathSinks: readonly SinkSpec[] = [
  { calls: ['open', 'builtins.open', 'io.open', 'codecs.open'], arg: { index: 0, keyword: 'file' }, sanitizers: BASENAME },
  { calls: ['flask.send_file', 'flask.helpers.send_file'], arg: { index: 0, keyword: 'path_or_file' }, sanitizers: BASENAME },
  // send_from_directory(directory, path) joins safely; only a tainted directory escapes it.
  { calls: ['flask.send_from_directory', 'flask.helpers.send_from_directory'], arg: { index: 0, keyword: 'directory' }, sanitizers: BASENAME },
];

export const pathTraversal: PythonRule = {
  meta: codeRule({
    id: 'sast.python.path-traversal',
    title: 'File path from user input',
    description:
      'A path built from request data is opened or sent: ../ segments or an absolute path in it reach files outside the intended directory (path traversal).',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-22'],
    owasp: ['A01:2021'],
    help: 'Serve user-named files with send_from_directory(DIR, name), or reduce the name with werkzeug.utils.secure_filename / os.path.basename and check the resolved path stays under the directory.',
    tags: ['semgrep:python.flask.security.injection.path-traversal-open.path-traversal-open'],
  }),
  check(file) {
    return taintedSinkCalls(file, pathSinks, { remoteOnly: true }).map((h) => taintMatch(file, h, 'Path from user input'));
  },
};
