import type { RuleMeta } from '../../../../core/model.js';
import { parseSetCookie, type SetCookie } from '../../client/cookie-jar.js';
import type { HttpExchange, PassiveRule, WebHit } from '../../types.js';
import { header, hitAt, originOf } from '../shared/exchange.js';

const COMMON = { category: 'web', confidence: 'high', owasp: ['A05:2021'] } satisfies Partial<RuleMeta>;

const NO_SECURE: RuleMeta = {
  ...COMMON,
  id: 'web.cookie-no-secure',
  title: 'Cookie without Secure flag',
  description: 'A cookie is set without the Secure flag, so the browser also sends it over plain HTTP where anyone on the network can read it.',
  severity: 'low',
  cwe: ['CWE-614'],
  help: 'Serve the site over HTTPS and set cookies with Secure (Flask: SESSION_COOKIE_SECURE=True, set_cookie(..., secure=True)).',
  tags: ['zap:10011'],
  references: ['https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies#restrict_access_to_cookies'],
};

const NO_HTTPONLY: RuleMeta = {
  ...COMMON,
  id: 'web.cookie-no-httponly',
  title: 'Cookie without HttpOnly flag',
  description: 'A cookie is set without HttpOnly, so any script on the page (including an injected one) can read and exfiltrate it.',
  severity: 'low',
  cwe: ['CWE-1004'],
  help: 'Set cookies that scripts do not need with HttpOnly (Flask: set_cookie(..., httponly=True)).',
  tags: ['zap:10010'],
  references: ['https://owasp.org/www-community/HttpOnly'],
};

const NO_SAMESITE: RuleMeta = {
  ...COMMON,
  id: 'web.cookie-no-samesite',
  title: 'Cookie without SameSite attribute',
  description: 'A cookie is set without SameSite (or with SameSite=None), so the browser sends it on requests other sites trigger, which enables cross-site request forgery.',
  severity: 'low',
  cwe: ['CWE-1275'],
  help: 'Set SameSite=Lax (or Strict) on cookies (Flask: SESSION_COOKIE_SAMESITE="Lax", set_cookie(..., samesite="Lax")).',
  tags: ['zap:10054'],
  references: ['https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie#samesitesamesite-value'],
};

const CHECKS: { rule: RuleMeta; missing: (c: SetCookie) => boolean; what: string }[] = [
  { rule: NO_SECURE, missing: (c) => !c.attributes.has('secure'), what: 'Secure' },
  { rule: NO_HTTPONLY, missing: (c) => !c.attributes.has('httponly'), what: 'HttpOnly' },
  { rule: NO_SAMESITE, missing: (c) => !/^(lax|strict)$/i.test(c.attributes.get('samesite') ?? ''), what: 'SameSite=Lax or Strict' },
];

export const cookieFlagsRule = {
  meta: { id: 'cookie-flags', version: '0.1.0', summary: 'Cookies set without Secure, HttpOnly or SameSite.' },
  rules: [NO_SECURE, NO_HTTPONLY, NO_SAMESITE],
  check(exchange, ctx) {
    const hits: WebHit[] = [];
    for (const line of header(exchange, 'set-cookie')?.split('\n') ?? []) {
      const cookie = parseSetCookie(line);
      if (!cookie || isDeletion(cookie)) continue;
      for (const { rule, missing, what } of CHECKS) {
        if (!missing(cookie) || !ctx.firstTime(`${rule.id} ${originOf(exchange)} ${cookie.name}`)) continue;
        hits.push(cookieHit(rule, exchange, cookie, what, line));
      }
    }
    return hits;
  },
} satisfies PassiveRule;

function cookieHit(rule: RuleMeta, exchange: HttpExchange, cookie: SetCookie, what: string, line: string): WebHit {
  const evidence = line.replace(/^([^=]+)=[^;]*/, `$1=…`);
  return hitAt(rule, exchange, `Cookie '${cookie.name}' is set without ${what}`, { param: cookie.name, evidence });
}

/** A Set-Cookie that removes the cookie (Max-Age=0 or an Expires in 1970) carries nothing to protect. */
function isDeletion(cookie: SetCookie): boolean {
  const maxAge = cookie.attributes.get('max-age');
  const expires = Date.parse(cookie.attributes.get('expires') ?? '');
  return (maxAge !== undefined && Number(maxAge) <= 0) || expires < Date.UTC(2000, 0, 1);
}
