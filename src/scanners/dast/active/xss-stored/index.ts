import type { RuleMeta } from '../../../../core/model.js';
import { around, marker } from '../shared/markers.js';
import { isHtml } from '../../crawler/crawl.js';
import { pointHit, sendRequest, sendValue, type Attack } from '../shared/probe.js';
import type { ActiveRule, HttpExchange, WebHit } from '../../types.js';

export const STORED_XSS: RuleMeta = {
  id: 'web.xss-stored',
  title: 'Stored cross-site scripting',
  description: "A submitted value is saved and later shown in a page without escaping, so everyone who opens that page runs the attacker's script.",
  severity: 'high',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-79'],
  help: 'Escape stored values when they are rendered (no |safe, Markup() or innerHTML on user content); sanitize with an allow-list (bleach, DOMPurify) where rich text is wanted.',
  tags: ['zap:40014'],
  owasp: ['A03:2021'],
  references: ['https://owasp.org/www-community/attacks/xss/#stored-xss-attacks'],
};

/**
 * Submits the form (or JSON) with an inert tag of its own name added to one field, then looks for the
 * tag, unescaped, on the page the submission leads to and on a fresh GET of the same address. The tag
 * does nothing when shown: the saved record stays harmless.
 */
export const xssStoredRule = {
  meta: { id: 'xss-stored', version: '0.1.0', summary: 'Stored XSS: an inert tag submitted in a form or JSON field and found unescaped on a later page.' },
  rules: [STORED_XSS],
  applies: (point) => point.request.method.toUpperCase() === 'POST' && (point.location === 'form' || point.location === 'json'),
  async attack(point, client, signal): Promise<WebHit[]> {
    const attack: Attack = { point, client, signal };
    const tag = `<${marker()}>`;
    const submitted = await sendValue(attack, `${point.value}${tag}`, true);
    if (!submitted) return [];
    const landed = submitted.request.url !== point.request.url ? submitted : undefined;
    const shown = shows(landed, tag) ? landed : await revisit(attack, tag);
    if (!shown) return [];
    return [pointHit(STORED_XSS, attack, shown, {
      message: `A value submitted to ${point.request.method.toUpperCase()} ${point.request.url} is saved and shown unescaped on ${shown.request.url}`,
      evidence: around(shown.response.body, tag) ?? tag,
    })];
  },
} satisfies ActiveRule;

function shows(exchange: HttpExchange | undefined, tag: string): exchange is HttpExchange {
  return exchange !== undefined && isHtml(exchange) && exchange.response.body.includes(tag);
}

/** A plain GET of the submitted address, which often lists what was saved. */
async function revisit(attack: Attack, tag: string): Promise<HttpExchange | undefined> {
  const exchange = await sendRequest(attack, { method: 'GET', url: attack.point.request.url }, true);
  return shows(exchange, tag) ? exchange : undefined;
}
