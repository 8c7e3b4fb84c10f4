import type { SyntaxNode } from '../../engine/walk.js';
import { scopeOf } from '../constants.js';
import { scriptRule, type ScriptMatch, type ScriptRule } from './rule.js';

const VERIFY = ['jsonwebtoken.verify', 'jwt.verify'];
const DECODE = ['jsonwebtoken.decode', 'jwt.decode', 'jwt-decode', 'jwt_decode', 'jwtDecode'];

export const jwtVerificationBypass: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.jwt-verification-bypass',
    title: 'JWT accepted without a verified signature',
    description:
      "A token verified with algorithms: ['none'] or only decoded (jwt.decode does not check the signature) is trusted: anyone can write their own claims, such as admin: true.",
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-347'],
    owasp: ['A02:2021'],
    help: "Call jwt.verify(token, key, { algorithms: ['HS256'] }) (or the one algorithm you issue) and use its result; use jwt.decode only for data you do not trust.",
    tags: ['semgrep:javascript.jsonwebtoken.security.audit.jwt-decode-without-verify.jwt-decode-without-verify', 'semgrep:javascript.jose.security.jwt-none-alg.jwt-none-alg'],
  }),
  check(file) {
    const matches: ScriptMatch[] = [];
    const verifyScopes = new Set<number>();
    for (const call of file.calls(VERIFY)) {
      verifyScopes.add(scopeOf(call)?.id ?? -1);
      const algorithms = file.property(file.arg(call, 2), 'algorithms');
      if (algorithms?.type === 'array' && algorithms.namedChildren.some((a) => /^['"`]none['"`]$/i.test(a.text))) {
        matches.push({ node: call, confidence: 'high', message: "jwt.verify accepts the 'none' algorithm: unsigned tokens pass." });
      }
    }
    for (const call of file.calls(DECODE)) {
      if (verifyScopes.has(scopeOf(call)?.id ?? -1) || !usedForAuth(call)) continue;
      matches.push({ node: call, message: 'jwt.decode reads claims without checking the signature.' });
    }
    return matches.sort((a, b) => a.node.startIndex - b.node.startIndex);
  },
};

/** Decoding in middleware or near auth words (`req.user = jwt.decode(...)`, `function authenticate`). */
function usedForAuth(call: SyntaxNode): boolean {
  const scope = scopeOf(call);
  const text = scope && scope.type !== 'program' ? scope.text : call.parent?.text ?? '';
  return /\b(?:req\.user|auth\w*|user|role|admin|isAdmin|next\s*\()/i.test(text);
}
