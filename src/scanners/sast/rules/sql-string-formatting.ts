import type { PythonFile } from '../engine/python/context.js';
import { isFormattedString } from '../engine/python/literals.js';
import { priorAssignments } from '../engine/python/scope.js';
import type { SyntaxNode } from '../engine/walk.js';
import { codeRule, type PythonRule } from './rule.js';
import { sinkCalls, type SinkSpec } from './support/sinks.js';

export const sqlSinks: readonly SinkSpec[] = [
  { calls: ['sqlalchemy.text', 'sqlalchemy.sql.text'], methods: ['execute', 'executemany', 'executescript', 'raw', 'exec_driver_sql'], arg: { index: 0, keyword: 'sql' } },
];

export const sqlStringFormatting: PythonRule = {
  meta: codeRule({
    id: 'sast.python.sql-string-formatting',
    title: 'SQL built by string formatting',
    description:
      'The query text is assembled with an f-string, %, .format() or +: a value containing a quote changes the query (SQL injection).',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-89'],
    owasp: ['A03:2021'],
    help: 'Keep the SQL constant and pass values as parameters: cursor.execute("SELECT ... WHERE name = ?", (name,)).',
    tags: ['bandit:B608'],
  }),
  check(file) {
    return sinkCalls(file, sqlSinks)
      .filter((h) => isBuiltQuery(file, h.arg))
      .map((h) => ({ node: h.call }));
  },
};

/** A formatted string with some non-constant part, directly or through a local variable assigned one. */
function isBuiltQuery(file: PythonFile, arg: SyntaxNode): boolean {
  if (isFormattedString(arg)) return !file.isConstant(arg);
  if (arg.type !== 'identifier') return false;
  return priorAssignments(file, arg.text, arg).some((value) => (isFormattedString(value) || value.parent?.type === 'augmented_assignment') && !file.isConstant(value));
}
