import type { RuleMeta } from '../../../../core/model.js';
import type { PassiveRule } from '../../types.js';
import { header, isHttps, originHit, originOf } from '../shared/exchange.js';

const MISSING: RuleMeta = {
  id: 'web.hsts-missing',
  title: 'Strict-Transport-Security header not set',
  description: 'An HTTPS site does not send Strict-Transport-Security (or sends max-age=0), so a network attacker can downgrade a first visit to plain HTTP.',
  severity: 'low',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-319'],
  help: 'Send Strict-Transport-Security: max-age=31536000; includeSubDomains on every HTTPS response.',
  tags: ['zap:10035'],
  owasp: ['A05:2021'],
  references: ['https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security'],
};

export const hstsRule = {
  meta: { id: 'hsts', version: '0.1.0', summary: 'HTTPS responses without Strict-Transport-Security, or with max-age=0.' },
  rules: [MISSING],
  check(exchange, ctx) {
    if (!isHttps(exchange)) return [];
    const hsts = header(exchange, 'strict-transport-security');
    const maxAge = Number(/max-age\s*=\s*"?(\d+)/i.exec(hsts ?? '')?.[1] ?? 0);
    if (maxAge > 0 || !ctx.firstTime(`hsts ${originOf(exchange)}`)) return [];
    return [originHit(MISSING, exchange, hsts ? `Strict-Transport-Security has max-age=${maxAge}` : 'No Strict-Transport-Security on HTTPS', hsts ? { evidence: hsts } : {})];
  },
} satisfies PassiveRule;
