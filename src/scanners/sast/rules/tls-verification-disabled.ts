import { codeRule, type PythonRule, type SastMatch } from './rule.js';
import { isFalse } from './support/names.js';

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'stream', 'send']);
const UNVERIFIED_CONTEXT = ['ssl._create_unverified_context', 'ssl._create_stdlib_context'];

export const tlsVerificationDisabled: PythonRule = {
  meta: codeRule({
    id: 'sast.python.tls-verification-disabled',
    title: 'TLS certificate verification disabled',
    description:
      'Certificates are not checked, so anyone on the network path can impersonate the server and read or change the traffic.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-295'],
    owasp: ['A07:2021'],
    help: 'Keep verification on; for a private CA pass verify="/path/to/ca.pem" (or cafile= to ssl.create_default_context()).',
    tags: ['bandit:B501', 'bandit:B323'],
  }),
  check(file) {
    const matches: SastMatch[] = [];
    for (const kw of file.nodes('keyword_argument')) {
      if (kw.childForFieldName('name')?.text !== 'verify' || !isFalse(kw.childForFieldName('value') ?? undefined)) continue;
      const call = kw.parent?.parent;
      if (call?.type !== 'call') continue;
      const name = file.callName(call) ?? '';
      if (name.startsWith('jwt.') || name.startsWith('jose.')) continue;
      const method = file.callMethod(call) ?? name.split('.').pop() ?? '';
      const isHttpClient = /^(requests|httpx|aiohttp)\./.test(name) || HTTP_METHODS.has(method) || /(Client|Session)$/.test(method);
      if (isHttpClient) matches.push({ node: call });
    }
    for (const call of file.calls(UNVERIFIED_CONTEXT)) matches.push({ node: call });
    for (const { node: a, right, name } of file.assignments()) {
      if (name === 'check_hostname' && isFalse(right)) matches.push({ node: a });
      if (name === 'verify_mode' && file.nameOf(right) === 'ssl.CERT_NONE') matches.push({ node: a });
    }
    return matches;
  },
};
