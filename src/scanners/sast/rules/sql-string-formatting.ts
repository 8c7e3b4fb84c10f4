import type { PythonFile } from '../engine/python/context.js';
import { isFormattedString } from '../engine/python/literals.js';
import { priorAssignments } from '../engine/python/scope.js';
import type { SyntaxNode } from '../engine/walk.js';
import { codeRule, type PythonRule } from './rule.js';
import { type SinkSpec } from './support/sinks.js';
import { injectionMatches } from './support/taint-sinks.js';

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
    return injectionMatches(file, sqlSinks, 'SQL built from user input', (h) => isBuiltQuery(file, h.arg));
  },
};

/** A formatted string with some non-constant part, directly or through a local variable assigned one. */
function isBuiltQuery(file: PythonFile, arg: SyntaxNode): boolean {
  if (looksFormatted(arg)) return !file.isConstant(arg);
  if (arg.type !== 'identifier') return false;
  return priorAssignments(file, arg.text, arg).some((value) => (looksFormatted(value) || value.parent?.type === 'augmented_assignment') && !file.isConstant(value));
}

/** Formatting of a string literal, or of a name holding one (`QUERY % name`, `QUERY.format(name)`). */
function looksFormatted(node: SyntaxNode): boolean {
  if (isFormattedString(node)) return true;
  if (node.type === 'binary_operator') return node.childForFieldName('operator')?.type === '%' && node.childForFieldName('left')?.type === 'identifier';
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    return fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format' && fn.childForFieldName('object')?.type === 'identifier';
  }
  return false;
}
