import type { PythonFile } from '../engine/python/context.js';
import type { SyntaxNode } from '../engine/walk.js';
import { codeRule, type PythonRule, type SastMatch } from './rule.js';
import type { SinkSpec } from './support/sinks.js';
import { taintAtStatementMatch } from './support/statement-match.js';
import { taintedSinkCalls, taintMatch } from './support/taint-sinks.js';

/** Percent-encoding leaves no CR or LF in the value. */
const HEADER_SANITIZERS = ['urllib.parse.quote', 'urllib.parse.quote_plus', 'urllib.parse.urlencode', 'base64.b64encode', 'base64.urlsafe_b64encode'];

/** `resp.headers`, `response.headers`: a response's headers, not the request's. */
function isResponseHeaders(file: PythonFile, node: SyntaxNode | null | undefined): boolean {
  if (!node || node.type !== 'attribute' || node.childForFieldName('attribute')?.text !== 'headers') return false;
  const name = file.nameOf(node) ?? node.text;
  return !/(^|\.)request\.headers$/.test(name);
}

const receiver = (call: SyntaxNode) => call.childForFieldName('function')?.childForFieldName('object');

export const headerSinks: readonly SinkSpec[] = [
  { calls: [], methods: ['add', 'set', 'setdefault', 'add_header', '__setitem__'], arg: { index: 1, keyword: '_value' }, sanitizers: HEADER_SANITIZERS, when: (f, c) => isResponseHeaders(f, receiver(c)) },
  { calls: ['flask.make_response'], arg: { index: 2, keyword: 'headers' }, sanitizers: HEADER_SANITIZERS },
  { calls: ['flask.Response', 'werkzeug.wrappers.Response', 'werkzeug.Response', 'flask.wrappers.Response'], arg: { index: 2, keyword: 'headers' }, sanitizers: HEADER_SANITIZERS },
];

export const headerInjection: PythonRule = {
  meta: codeRule({
    id: 'sast.python.header-injection',
    title: 'Response header set from user input',
    description:
      'A response header carries a value from the request: a CR/LF in it can add headers or split the response (HTTP response splitting), and a caller can set cookies, redirects or cache directives for another user.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-113'],
    owasp: ['A03:2021'],
    help: 'Do not copy request data into headers; when it is needed, validate it against an allow-list or a strict pattern (no CR, LF or other control characters), or percent-encode it.',
    tags: ['semgrep:python.django.security.injection.tainted-header-injection'],
  }),
  check(file) {
    const matches: SastMatch[] = taintedSinkCalls(file, headerSinks, { remoteOnly: true }).map((h) => taintMatch(file, h, 'Response header from user input'));
    for (const a of file.assignments()) {
      if (a.left.type !== 'subscript' || !isResponseHeaders(file, a.left.childForFieldName('value'))) continue;
      const m = taintAtStatementMatch(file, a.node, a.right, 'Response header from user input', { remoteOnly: true, sanitizers: HEADER_SANITIZERS });
      if (m) matches.push(m);
    }
    return matches.sort((a, b) => a.node.startIndex - b.node.startIndex);
  },
};
