import { scriptRule, type ScriptMatch, type ScriptRule } from './rule.js';

export const cookieMissingFlags: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.cookie-missing-flags',
    title: 'Cookie set without Secure or HttpOnly',
    description:
      'A cookie without Secure is sent over plain HTTP, and without HttpOnly it can be read by any script on the page (XSS steals the session).',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-614', 'CWE-1004'],
    owasp: ['A05:2021'],
    help: "Pass { httpOnly: true, secure: true, sameSite: 'lax' } to res.cookie (and to the cookie options of express-session).",
    tags: ['semgrep:javascript.express.security.audit.express-cookie-settings.express-cookie-session-no-httponly'],
  }),
  check(file) {
    const matches: ScriptMatch[] = [];
    for (const call of file.calls(['res.cookie', 'response.cookie'])) {
      const args = file.args(call);
      if (args.spread || args.positional.length < 2) continue;
      const options = args.positional[2];
      if (options && options.type !== 'object') continue; // options from elsewhere: unknown
      const httpOnly = file.property(options, 'httpOnly');
      const secure = file.property(options, 'secure');
      const off: string[] = [];
      if (httpOnly?.type === 'false') off.push('HttpOnly');
      if (secure?.type === 'false') off.push('Secure');
      if (off.length > 0) matches.push({ node: call, message: `Cookie set with ${off.join(' and ')} turned off.` });
      else if (!httpOnly && !secure) matches.push({ node: call, message: 'Cookie set without Secure and HttpOnly.' });
    }
    // express-session / cookie-session: only an explicit `false` (their defaults differ per flag).
    for (const call of file.calls(['express-session', 'cookie-session', 'session', 'cookieSession'])) {
      const options = file.arg(call, 0);
      const cookie = file.property(options, 'cookie') ?? options;
      const off = (['httpOnly', 'secure'] as const).filter((k) => file.property(cookie, k)?.type === 'false');
      if (off.length > 0) matches.push({ node: call, message: `Session cookie set with ${off.map((k) => (k === 'secure' ? 'Secure' : 'HttpOnly')).join(' and ')} turned off.` });
    }
    return matches.sort((a, b) => a.node.startIndex - b.node.startIndex);
  },
};
