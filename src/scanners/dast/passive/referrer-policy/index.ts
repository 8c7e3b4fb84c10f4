import type { RuleMeta } from '../../../../core/model.js';
import type { PassiveRule } from '../../types.js';
import { header, isHtmlPage, originHit, originOf } from '../shared/exchange.js';

const MISSING: RuleMeta = {
  id: 'web.referrer-policy-missing',
  title: 'Referrer-Policy missing or unsafe',
  description: 'HTML pages set no Referrer-Policy, or one that sends full URLs (with their query strings and tokens) to other sites.',
  severity: 'info',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-200'],
  help: 'Send Referrer-Policy: strict-origin-when-cross-origin (or no-referrer) on HTML responses.',
  owasp: ['A05:2021'],
  references: ['https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referrer-Policy'],
};

/** Policies that send the full URL across origins. */
const UNSAFE = new Set(['unsafe-url', 'no-referrer-when-downgrade', 'origin-when-cross-origin']);

export const referrerPolicyRule = {
  meta: { id: 'referrer-policy', version: '0.1.0', summary: 'HTML pages without a Referrer-Policy, or with one that leaks full URLs to other sites.' },
  rules: [MISSING],
  check(exchange, ctx) {
    if (!isHtmlPage(exchange)) return [];
    const policy = header(exchange, 'referrer-policy');
    // Browsers use the last policy they understand in a comma-separated list.
    const effective = policy?.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean).pop();
    if (effective && !UNSAFE.has(effective)) return [];
    if (!ctx.firstTime(`referrer ${originOf(exchange)}`)) return [];
    return [originHit(MISSING, exchange, effective ? `Referrer-Policy '${effective}' sends full URLs to other sites` : 'No Referrer-Policy on HTML pages', effective ? { evidence: policy! } : {})];
  },
} satisfies PassiveRule;
