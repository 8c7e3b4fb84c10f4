import type { RuleMeta } from '../../../../core/model.js';
import type { PassiveRule } from '../../types.js';
import { header, originHit, originOf } from '../shared/exchange.js';

const MISSING: RuleMeta = {
  id: 'web.x-content-type-options-missing',
  title: 'X-Content-Type-Options header missing',
  description: 'Responses lack X-Content-Type-Options: nosniff, so browsers may sniff an upload or a JSON answer as HTML or script and run it.',
  severity: 'low',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-693'],
  help: 'Send X-Content-Type-Options: nosniff on every response.',
  tags: ['zap:10021'],
  owasp: ['A05:2021'],
  references: ['https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Content-Type-Options'],
};

export const contentTypeOptionsRule = {
  meta: { id: 'content-type-options', version: '0.1.0', summary: 'Responses with a body but without X-Content-Type-Options: nosniff.' },
  rules: [MISSING],
  check(exchange, ctx) {
    const { status, body } = exchange.response;
    if ((status >= 300 && status < 400) || body.length === 0) return [];
    if (header(exchange, 'x-content-type-options')?.trim().toLowerCase() === 'nosniff') return [];
    if (!ctx.firstTime(`nosniff ${originOf(exchange)}`)) return [];
    return [originHit(MISSING, exchange, 'No X-Content-Type-Options: nosniff')];
  },
} satisfies PassiveRule;
