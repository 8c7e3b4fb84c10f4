import type { RuleMeta } from '../../../../core/model.js';
import type { PassiveRule } from '../../types.js';
import { header, hitAt, originOf } from '../shared/exchange.js';

const CORS: RuleMeta = {
  id: 'web.cors-misconfiguration',
  title: 'Cross-origin resource sharing misconfigured',
  description: 'Access-Control-Allow-Origin lets any site (a wildcard, the null origin, or whatever Origin the request names) read the answers, possibly with the user\'s cookies.',
  severity: 'medium',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-942'],
  help: 'Answer Access-Control-Allow-Origin only with origins from an allow-list; never reflect the request Origin or allow null together with credentials.',
  tags: ['zap:10098'],
  owasp: ['A05:2021'],
  references: ['https://portswigger.net/web-security/cors'],
};

export const corsRule = {
  meta: { id: 'cors', version: '0.1.0', summary: 'Access-Control-Allow-Origin that trusts every origin, the null origin, or a reflected Origin.' },
  rules: [CORS],
  check(exchange, ctx) {
    const allow = header(exchange, 'access-control-allow-origin')?.trim();
    if (!allow) return [];
    const credentials = header(exchange, 'access-control-allow-credentials')?.trim().toLowerCase() === 'true';
    const origin = Object.entries(exchange.request.headers).find(([k]) => k.toLowerCase() === 'origin')?.[1];
    const problem =
      allow === 'null' ? 'allows the null origin (sandboxed iframes, local files)'
      : origin && allow === origin && isProbe(origin) ? `reflects the request Origin ${origin}`
      : allow === '*' ? 'allows every origin (*)'
      : undefined;
    if (!problem) return [];
    const path = new URL(exchange.request.url).pathname;
    if (!ctx.firstTime(`cors ${originOf(exchange)} ${allow === '*' ? '*' : path} ${problem}`)) return [];
    const severity = credentials && allow !== '*' ? 'high' : allow === '*' ? 'low' : 'medium';
    const withCredentials = credentials ? ' with credentials' : '';
    return [hitAt(CORS, exchange, `${path} ${problem}${withCredentials}`, { severity, evidence: `Access-Control-Allow-Origin: ${allow}${credentials ? '; Access-Control-Allow-Credentials: true' : ''}` })];
  },
} satisfies PassiveRule;

/**
 * An Origin no allow-list holds (.invalid is reserved, RFC 2606): echoing it back means the server
 * reflects whatever it gets. A real origin echoed back may just be allow-listed.
 */
function isProbe(origin: string): boolean {
  try {
    return new URL(origin).hostname.endsWith('.invalid');
  } catch {
    return false;
  }
}
