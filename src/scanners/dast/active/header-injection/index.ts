import type { RuleMeta } from '../../../../core/model.js';
import { marker } from '../shared/markers.js';
import { firstConfirmed, pointHit, type Attack } from '../shared/probe.js';
import type { ActiveRule, WebHit } from '../../types.js';

export const HEADER_INJECTION: RuleMeta = {
  id: 'web.header-injection',
  title: 'HTTP header injection (CRLF)',
  description: 'A request value goes into a response header with its line breaks, so a client can add headers (Set-Cookie, Location) or a whole body to the answer: response splitting, session fixation, XSS.',
  severity: 'medium',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-113'],
  help: 'Refuse or strip CR and LF in values put into headers (current frameworks refuse them: keep them up to date), and never copy request values into header names.',
  tags: ['zap:40003'],
  owasp: ['A03:2021'],
  references: ['https://owasp.org/www-community/vulnerabilities/CRLF_Injection'],
};

const HEADER = 'x-patchline-injected';

/** Line breaks as the application may decode them: raw (the encoder escapes them once) and already escaped once more. */
const BREAKS = ['\r\n', '\n', '%0d%0a'];

/** Sends a line break and a header of its own; the finding is that header in the answer. */
export const headerInjectionRule = {
  meta: { id: 'header-injection', version: '0.1.0', summary: 'CRLF header injection: a header of the scan\'s own appears in the answer.' },
  rules: [HEADER_INJECTION],
  applies: (point) => point.location !== 'header' && point.location !== 'cookie',
  async attack(point, client, signal): Promise<WebHit[]> {
    const attack: Attack = { point, client, signal };
    const value = marker();
    const found = await firstConfirmed(attack, BREAKS, (br) => `${point.value}${br}${HEADER}: ${value}`, (e) => (e.response.headers[HEADER] ?? '').includes(value));
    if (!found) return [];
    return [pointHit(HEADER_INJECTION, attack, found.exchange, {
      message: `A line break (${JSON.stringify(found.value)}) in the value ends the application's header: the answer carries the scan's own header ${HEADER}`,
      evidence: `${HEADER}: ${found.exchange.response.headers[HEADER]}`,
    })];
  },
} satisfies ActiveRule;
