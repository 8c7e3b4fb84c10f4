import type { RuleMeta } from '../../../../core/model.js';
import { marker } from '../shared/markers.js';
import { pointHit, sendValue, type Attack } from '../shared/probe.js';
import type { ActiveRule, InjectionPoint, WebHit } from '../../types.js';
import { startListener } from './listener.js';

export const SSRF: RuleMeta = {
  id: 'web.ssrf',
  title: 'Server-side request forgery',
  description: 'The application fetches a URL a client gives it, so a client can make the server call internal services, cloud metadata endpoints or local files it can reach.',
  severity: 'high',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-918'],
  help: 'Fetch only URLs on an allow-list of hosts; resolve the name and refuse private, loopback and link-local addresses (and redirects to them) before connecting.',
  tags: ['zap:40046'],
  owasp: ['A10:2021'],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html'],
};

/** How long to wait for the target's call after its answer (fetches may run after the response). */
export const CALLBACK_WAIT_MS = 1500;

const URL_NAME = /(^|[_-])(url|uri|link|href|src|source|feed|webhook|callback|endpoint|proxy|image|img|avatar|fetch|load|site|target|dest)$/i;

/**
 * Sends the address of a listener the rule starts on 127.0.0.1 with a token in its path; the finding is
 * the target calling it. Only values that look like URLs, or names that usually hold one, are tried.
 */
export const ssrfRule = {
  meta: { id: 'ssrf', version: '0.1.0', summary: 'SSRF: a URL parameter pointed at a loopback listener the scan starts, confirmed by the call it receives.' },
  rules: [SSRF],
  applies: (point: InjectionPoint) => point.location !== 'header' && point.location !== 'cookie' && (/^https?:\/\//i.test(point.value) || URL_NAME.test(point.name)),
  async attack(point, client, signal): Promise<WebHit[]> {
    const attack: Attack = { point, client, signal };
    const listener = await startListener();
    try {
      const token = marker();
      const url = `${listener.origin}/${token}`;
      const exchange = await sendValue(attack, url);
      const call = await listener.waitFor(token, CALLBACK_WAIT_MS, signal);
      if (!exchange || !call) return [];
      return [pointHit(SSRF, attack, exchange, {
        message: `Given ${url}, the server requested it: ${call.method} ${call.path} from ${call.from}${call.userAgent ? ` (user-agent ${call.userAgent})` : ''}`,
        evidence: `${call.method} ${call.path} from ${call.from}`,
      })];
    } finally {
      await listener.close();
    }
  },
} satisfies ActiveRule;
