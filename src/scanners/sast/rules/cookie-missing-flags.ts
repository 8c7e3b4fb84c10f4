import { literalValue } from '../engine/python/literals.js';
import { codeRule, type PythonRule, type SastMatch } from './rule.js';
import { isTrue } from './support/names.js';

export const cookieMissingFlags: PythonRule = {
  meta: codeRule({
    id: 'sast.python.cookie-missing-flags',
    title: 'Cookie set without Secure, HttpOnly or SameSite',
    description:
      'A cookie without Secure is sent over plain HTTP, without HttpOnly it can be read by any script on the page (XSS steals it), and without SameSite it rides along on cross-site requests.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-614', 'CWE-1004'],
    owasp: ['A05:2021'],
    help: 'Pass secure=True, httponly=True and samesite="Lax" (or "Strict") to set_cookie.',
    tags: ['semgrep:python.flask.security.audit.secure-set-cookie'],
  }),
  check(file) {
    const matches: SastMatch[] = [];
    for (const call of file.calls([], ['set_cookie'])) {
      const args = file.args(call);
      // One argument is a cookie object (http.cookiejar), not a framework response setting a cookie.
      if (args.splat || args.positional.length + args.keywords.size < 2) continue;
      const missing: string[] = [];
      // Flask/Werkzeug: set_cookie(key, value, max_age, expires, path, domain, secure, httponly, samesite)
      if (!isTrue(args.keywords.get('secure') ?? args.positional[6])) missing.push('Secure');
      if (!isTrue(args.keywords.get('httponly') ?? args.positional[7])) missing.push('HttpOnly');
      const samesite = args.keywords.get('samesite') ?? args.positional[8];
      const samesiteValue = samesite ? literalValue(samesite) : undefined;
      if (!samesite || samesiteValue === null || (typeof samesiteValue === 'string' && samesiteValue.toLowerCase() === 'none')) missing.push('SameSite');
      if (missing.length > 0) matches.push({ node: call, message: `Cookie set without ${missing.join(', ')}.` });
    }
    return matches;
  },
};
