import type { RuleMeta } from '../../../../core/model.js';
import type { PassiveRule } from '../../types.js';
import { cspDirectives, header, isHtmlPage, originHit, originOf } from '../shared/exchange.js';

const MISSING: RuleMeta = {
  id: 'web.clickjacking-protection-missing',
  title: 'X-Frame-Options header not set',
  description: 'HTML pages set neither X-Frame-Options nor a CSP frame-ancestors directive, so another site can frame them and trick users into clicking (clickjacking).',
  severity: 'medium',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-1021'],
  help: "Send X-Frame-Options: DENY (or SAMEORIGIN) and Content-Security-Policy: frame-ancestors 'none' (or 'self') on HTML responses.",
  tags: ['zap:10020'],
  owasp: ['A05:2021'],
  references: ['https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options'],
};

export const antiClickjackingRule = {
  meta: { id: 'anti-clickjacking', version: '0.1.0', summary: 'HTML pages that other sites may frame: no X-Frame-Options and no CSP frame-ancestors.' },
  rules: [MISSING],
  check(exchange, ctx) {
    if (!isHtmlPage(exchange)) return [];
    const xfo = header(exchange, 'x-frame-options')?.trim().toUpperCase();
    const csp = header(exchange, 'content-security-policy');
    if (xfo === 'DENY' || xfo === 'SAMEORIGIN' || (csp && cspDirectives(csp).has('frame-ancestors'))) return [];
    if (!ctx.firstTime(`xfo ${originOf(exchange)}`)) return [];
    const why = xfo ? `X-Frame-Options '${xfo}' is not DENY or SAMEORIGIN` : 'No X-Frame-Options or frame-ancestors on HTML pages';
    return [originHit(MISSING, exchange, why, xfo ? { evidence: xfo } : {})];
  },
} satisfies PassiveRule;
