import type { RuleMeta } from '../../../../core/model.js';
import type { HttpExchange, PassiveRule } from '../../types.js';
import { header, originHit, originOf } from '../shared/exchange.js';

const CACHEABLE: RuleMeta = {
  id: 'web.cacheable-sensitive-page',
  title: 'Sensitive page may be cached',
  description: 'Pages served to a logged-in user (or one that sets a session or holds a password field) has no Cache-Control: no-store, so browsers and shared caches may keep it for the next person.',
  severity: 'low',
  category: 'web',
  confidence: 'medium',
  cwe: ['CWE-525'],
  help: 'Send Cache-Control: no-store on pages with personal data, session cookies or login forms.',
  tags: ['zap:10015'],
  owasp: ['A04:2021'],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#web-content-caching'],
};

export const cacheControlRule = {
  meta: { id: 'cache-control', version: '0.1.0', summary: 'Pages with session data or password fields that caches may store (no Cache-Control: no-store).' },
  rules: [CACHEABLE],
  check(exchange, ctx) {
    const { status } = exchange.response;
    if (status !== 200) return [];
    const why = sensitive(exchange);
    if (!why) return [];
    const cacheControl = header(exchange, 'cache-control')?.toLowerCase() ?? '';
    if (/no-store/.test(cacheControl) || /no-cache/.test(header(exchange, 'pragma') ?? '')) return [];
    // Caching is usually set once for the whole app: one finding per origin, not one per page.
    if (!ctx.firstTime(`cache ${originOf(exchange)}`)) return [];
    const evidence = cacheControl ? `Cache-Control: ${cacheControl}` : 'no Cache-Control header';
    return [originHit(CACHEABLE, exchange, `A page that ${why} may be cached (${evidence})`, { evidence })];
  },
} satisfies PassiveRule;

function sensitive(exchange: HttpExchange): string | undefined {
  const req = exchange.request.headers;
  if (req.authorization) return 'answers an authenticated request';
  if (header(exchange, 'set-cookie')) return 'sets a cookie';
  if (/<input\b[^>]*type\s*=\s*["']?password/i.test(exchange.response.body)) return 'holds a password field';
  if (req.cookie && /sess|auth|token|remember|jwt|sid/i.test(req.cookie)) return 'answers a request with a session cookie';
  return undefined;
}
