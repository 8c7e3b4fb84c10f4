import type { RuleMeta } from '../../../../core/model.js';
import type { PassiveRule } from '../../types.js';
import { header, isHtmlPage, originHit, originOf } from '../shared/exchange.js';

const MISSING: RuleMeta = {
  id: 'web.permissions-policy-missing',
  title: 'Permissions-Policy header not set',
  description: 'HTML pages do not restrict browser features (camera, microphone, geolocation …) with a Permissions-Policy, so injected or framed content may use them.',
  severity: 'info',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-693'],
  help: 'Send a Permissions-Policy that turns off features the site does not use, e.g. camera=(), microphone=(), geolocation=().',
  tags: ['zap:10063'],
  owasp: ['A05:2021'],
  references: ['https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Permissions-Policy'],
};

export const permissionsPolicyRule = {
  meta: { id: 'permissions-policy', version: '0.1.0', summary: 'HTML pages without a Permissions-Policy (or the older Feature-Policy).' },
  rules: [MISSING],
  check(exchange, ctx) {
    if (!isHtmlPage(exchange)) return [];
    if (header(exchange, 'permissions-policy') ?? header(exchange, 'feature-policy')) return [];
    if (!ctx.firstTime(`permissions ${originOf(exchange)}`)) return [];
    return [originHit(MISSING, exchange, 'No Permissions-Policy on HTML pages')];
  },
} satisfies PassiveRule;
