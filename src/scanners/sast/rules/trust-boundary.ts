import type { PythonFile } from '../engine/python/context.js';
import type { SyntaxNode } from '../engine/walk.js';
import { codeRule, type PythonRule, type SastMatch } from './rule.js';
import type { SinkSpec } from './support/sinks.js';
import { taintAtStatementMatch } from './support/statement-match.js';
import { taintedSinkCalls, taintMatch } from './support/taint-sinks.js';

const SESSIONS = new Set(['flask.session', 'request.session', 'self.request.session']);

/** `session`, Flask's or Django's `request.session`. */
export function isSession(file: PythonFile, node: SyntaxNode | null | undefined): boolean {
  return !!node && SESSIONS.has(file.nameOf(node) ?? node.text);
}

/** A value read back from the database (`db.execute(...).fetchone()["role"]`) is what the server stored, not what the client sent. */
const fromDatabase = (step: string) => /(^|\.)(execute|executemany|query|get_or_404|first_or_404|filter_by|get_object_or_404)$/.test(step);

const DB_READ = /\.(execute|executemany|fetchone|fetchall|fetchmany|first|one|one_or_none|scalar|get_or_404|first_or_404|objects)\b|\bget_object_or_404\(/;

/** The value, or the local it is read from (`user["role"]` after `user = db.execute(...).fetchone()`), is a database read. */
function readFromDatabase(file: PythonFile, value: SyntaxNode): boolean {
  if (DB_READ.test(value.text)) return true;
  let head: SyntaxNode | null = value;
  while (head && (head.type === 'subscript' || head.type === 'attribute')) head = head.childForFieldName(head.type === 'subscript' ? 'value' : 'object');
  if (!head || head.type !== 'identifier') return false;
  const defs = file.assignments().filter((a) => a.name === head!.text && a.node.startIndex < value.startIndex);
  const def = defs[defs.length - 1];
  return !!def && DB_READ.test(def.right.text);
}

const receiver = (call: SyntaxNode) => call.childForFieldName('function')?.childForFieldName('object');

export const sessionSinks: readonly SinkSpec[] = [
  { calls: [], methods: ['setdefault'], arg: { index: 1, keyword: 'default' }, when: (f, c) => isSession(f, receiver(c)) },
  { calls: [], methods: ['update'], arg: { index: 0, keyword: 'other' }, when: (f, c) => isSession(f, receiver(c)) },
];

export const trustBoundary: PythonRule = {
  meta: codeRule({
    id: 'sast.python.trust-boundary',
    title: 'User input stored in the session',
    description:
      'Data from the request is stored in the session, which the rest of the application treats as trusted server state: an unchecked value there (a role, a user id, a redirect target) crosses the trust boundary.',
    severity: 'medium',
    confidence: 'medium',
    cwe: ['CWE-501'],
    owasp: ['A04:2021'],
    help: 'Validate the value before storing it (allow-list, type conversion, lookup in the database) and store what the server decided, not what the client sent.',
    tags: ['semgrep:python.flask.security.audit.trust-boundary-violation'],
  }),
  check(file) {
    const matches: SastMatch[] = taintedSinkCalls(file, sessionSinks, { remoteOnly: true }).filter((h) => h.taints.some((t) => !t.steps.some((s) => fromDatabase(s.name)))).map((h) => ({ ...taintMatch(file, h, 'User input stored in the session'), confidence: 'medium' as const }));
    for (const a of file.assignments()) {
      if (a.left.type !== 'subscript' || !isSession(file, a.left.childForFieldName('value')) || readFromDatabase(file, a.right)) continue;
      const m = taintAtStatementMatch(file, a.node, a.right, 'User input stored in the session', { remoteOnly: true, cleanStep: fromDatabase });
      if (m) matches.push({ ...m, confidence: 'medium' });
    }
    return matches.sort((a, b) => a.node.startIndex - b.node.startIndex);
  },
};
