import type { RuleMeta } from '../../../../core/model.js';
import { firstConfirmed, pointHit, type Attack } from '../shared/probe.js';
import type { ActiveRule, HttpExchange, InjectionPoint, WebHit } from '../../types.js';

export const OPEN_REDIRECT: RuleMeta = {
  id: 'web.open-redirect',
  title: 'Open redirect',
  description: "A request value decides where the application redirects to, with no check that it stays on the site, so a link on the real domain can send users to a phishing page.",
  severity: 'medium',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-601'],
  help: 'Redirect only to relative paths of this site (reject values with a scheme, // or \\ at the start), or to an allow-list of hosts.',
  tags: ['zap:10028', 'zap:20019'],
  owasp: ['A01:2021'],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html'],
};

/** A reserved name (RFC 2606): the scan never requests it, and no real site answers for it. */
export const REDIRECT_HOST = 'patchline-redirect.example';

const PAYLOADS = [`https://${REDIRECT_HOST}/`, `//${REDIRECT_HOST}/`, `/\\${REDIRECT_HOST}/`, `https:${REDIRECT_HOST}`];

/** Names and values that usually carry a destination. */
const DESTINATION_NAME = /(^|[_-])(url|uri|next|redirect\w*|return\w*|continue|dest\w*|goto|target|forward|callback|to|out|r|u|back|location|link|ref)$/i;

/** Sends addresses on another host; the finding is a redirect (Location, Refresh or meta refresh) to that host. Redirects are never followed. */
export const openRedirectRule = {
  meta: { id: 'open-redirect', version: '0.1.0', summary: 'Open redirect: a destination parameter that sends the browser to another host.' },
  rules: [OPEN_REDIRECT],
  applies: (point: InjectionPoint) =>
    point.location !== 'header' && point.location !== 'cookie' && (DESTINATION_NAME.test(point.name) || /^(https?:)?\/\//i.test(point.value) || point.value.startsWith('/')),
  async attack(point, client, signal): Promise<WebHit[]> {
    const attack: Attack = { point, client, signal };
    const found = await firstConfirmed(attack, PAYLOADS, (p) => p, (e) => redirectTarget(e) !== undefined);
    if (!found) return [];
    const target = redirectTarget(found.exchange)!;
    return [pointHit(OPEN_REDIRECT, attack, found.exchange, {
      message: `The value ${JSON.stringify(found.value)} makes the application redirect to ${target.how} ${target.to}, another host`,
      evidence: `${target.how}: ${target.to}`,
      ...(target.how !== 'Location' && { confidence: 'medium' as const }),
    })];
  },
} satisfies ActiveRule;

/** Where the answer sends the browser, when that is the probe's host. */
function redirectTarget(exchange: HttpExchange): { how: string; to: string } | undefined {
  const { status, headers, body } = exchange.response;
  const candidates: { how: string; to: string | undefined }[] = [
    { how: 'Location', to: status >= 300 && status < 400 ? headers.location : undefined },
    { how: 'Refresh', to: /url\s*=\s*['"]?([^'"\s;]+)/i.exec(headers.refresh ?? '')?.[1] },
    { how: 'meta refresh', to: /<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]*url\s*=\s*['"]?([^'"\s>;]+)/i.exec(body.slice(0, 64 * 1024))?.[1] },
  ];
  for (const { how, to } of candidates) {
    if (to !== undefined && hostOf(to, exchange.request.url) === REDIRECT_HOST) return { how, to };
  }
  return undefined;
}

/** The host a browser would go to; browsers read `\` as `/` in http URLs, as WHATWG URL does. */
function hostOf(location: string, base: string): string | undefined {
  try {
    return new URL(location.trim(), base).hostname;
  } catch {
    return undefined;
  }
}
