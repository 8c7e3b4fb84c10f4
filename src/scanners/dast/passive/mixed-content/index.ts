import type { RuleMeta } from '../../../../core/model.js';
import { parseHtml } from '../../crawler/html.js';
import type { PassiveRule } from '../../types.js';
import { hitAt, isHtmlPage, isHttps } from '../shared/exchange.js';

const MIXED: RuleMeta = {
  id: 'web.mixed-content',
  title: 'HTTPS page loads content over HTTP',
  description: 'An HTTPS page loads scripts, styles, frames or images over plain HTTP, which a network attacker can read or replace (a replaced script owns the page).',
  severity: 'medium',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-311'],
  help: 'Load every sub-resource over HTTPS (or protocol-relative from an HTTPS page), and consider Content-Security-Policy: upgrade-insecure-requests.',
  tags: ['zap:10040'],
  owasp: ['A02:2021'],
  references: ['https://developer.mozilla.org/en-US/docs/Web/Security/Mixed_content'],
};

export const mixedContentRule = {
  meta: { id: 'mixed-content', version: '0.1.0', summary: 'HTTPS pages that load scripts, styles, frames or images over plain HTTP.' },
  rules: [MIXED],
  check(exchange, ctx) {
    if (!isHttps(exchange) || !isHtmlPage(exchange)) return [];
    const insecure = parseHtml(exchange.response.body, exchange.request.url).resources.filter((r) => r.startsWith('http:'));
    const path = new URL(exchange.request.url).pathname;
    if (insecure.length === 0 || !ctx.firstTime(`mixed ${path}`)) return [];
    return [hitAt(MIXED, exchange, `${path} loads ${insecure.length} resource(s) over HTTP, e.g. ${insecure[0]}`, { evidence: insecure.slice(0, 5).join(' ') })];
  },
} satisfies PassiveRule;
