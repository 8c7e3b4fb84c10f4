import type { SyntaxNode } from '../../engine/walk.js';
import { taintedScriptSinks, type ScriptSinkSpec } from '../sinks.js';
import { scriptRule, type ScriptRule } from './rule.js';

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'request'];

export const ssrfSinks: readonly ScriptSinkSpec[] = [
  {
    calls: [
      'fetch', 'node-fetch', 'axios', 'got', 'request', 'needle', 'superagent',
      ...['axios', 'got', 'request', 'needle', 'superagent', 'http', 'https'].flatMap((m) => VERBS.map((v) => `${m}.${v}`)),
      'undici.request', 'undici.fetch',
    ],
    arg: 0,
    argWhen: (_file, arg) => !hasFixedHost(arg),
  },
];

/** `https://api.example.com/items/${id}` or `'https://host/' + id`: request data only in the path, the host is fixed. */
export function hasFixedHost(arg: SyntaxNode): boolean {
  let head: SyntaxNode | null | undefined = arg;
  while (head?.type === 'binary_expression') head = head.childForFieldName('left');
  const prefix = head?.type === 'template_string' ? head.namedChildren[0] : head;
  if (!prefix || (prefix.type !== 'string_fragment' && prefix.type !== 'string')) return false;
  const text = prefix.type === 'string' ? prefix.text.slice(1, -1) : prefix.text;
  return /^https?:\/\/[^/?#@${}]+[/?#]/i.test(text);
}

export const ssrf: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.ssrf',
    title: 'Outgoing request to a URL from the request',
    description:
      'The server fetches a URL that comes from the request: a caller can make it reach internal services and cloud metadata endpoints (169.254.169.254) on their behalf.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-918'],
    owasp: ['A10:2021'],
    help: 'Build the URL from a fixed base and validated parts, allow-list hosts and schemes, and refuse private and link-local addresses after DNS resolution.',
    tags: ['semgrep:javascript.express.security.injection.tainted-url-host.tainted-url-host'],
  }),
  check(file) {
    return taintedScriptSinks(file, ssrfSinks);
  },
};
