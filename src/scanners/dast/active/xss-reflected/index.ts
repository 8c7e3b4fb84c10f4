import type { RuleMeta } from '../../../../core/model.js';
import { around, marker } from '../shared/markers.js';
import { isHtml } from '../../crawler/crawl.js';
import { pointHit, sendValue, type Attack } from '../shared/probe.js';
import type { ActiveRule, WebHit } from '../../types.js';
import { BREAKOUTS, contextsOf, markerInMarkup } from './context.js';

export const REFLECTED_XSS: RuleMeta = {
  id: 'web.xss-reflected',
  title: 'Reflected cross-site scripting',
  description: "A request value comes back in the HTML page without escaping, so a link can run the attacker's script in the victim's session.",
  severity: 'high',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-79'],
  help: "Let the template engine escape every value (no Markup(), |safe or innerHTML on request data); escape for the context (attribute, script, URL) and add a Content-Security-Policy.",
  tags: ['zap:40012'],
  owasp: ['A03:2021'],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html'],
};

/**
 * Sends a harmless marker, finds where the page reflects it (text, attribute, script, comment …), then
 * sends the way out of that context into an inert tag or attribute of its own name: the finding is that
 * markup coming back unescaped. Nothing that runs is ever sent.
 */
export const xssReflectedRule = {
  meta: { id: 'xss-reflected', version: '0.1.0', summary: 'Reflected XSS: context-aware probes confirmed by an unescaped inert tag in the HTML answer.' },
  rules: [REFLECTED_XSS],
  async attack(point, client, signal): Promise<WebHit[]> {
    const attack: Attack = { point, client, signal };
    const canary = marker();
    const probe = await sendValue(attack, `${point.value}${canary}`);
    if (!probe || !isHtml(probe) || !probe.response.body.includes(canary)) return [];
    for (const context of contextsOf(probe.response.body, canary)) {
      for (const breakout of BREAKOUTS[context]) {
        const name = marker();
        const payload = breakout(name);
        const exchange = await sendValue(attack, `${point.value}${payload}`);
        if (!exchange || !isHtml(exchange) || !markerInMarkup(exchange.response.body, payload, name)) continue;
        return [pointHit(REFLECTED_XSS, attack, exchange, {
          message: `The value is reflected in the page's ${context.replace('-', ' ')} context and ${JSON.stringify(payload)} comes back unescaped: markup of the requester's choosing lands in the page`,
          evidence: around(exchange.response.body, payload) ?? payload,
        })];
      }
    }
    return [];
  },
} satisfies ActiveRule;
