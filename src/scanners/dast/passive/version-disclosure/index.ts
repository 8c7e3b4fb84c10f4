import type { RuleMeta } from '../../../../core/model.js';
import type { PassiveRule, WebHit } from '../../types.js';
import { header, originHit, originOf } from '../shared/exchange.js';

const COMMON = { category: 'web', confidence: 'high', severity: 'low', cwe: ['CWE-497'], owasp: ['A05:2021'] } satisfies Partial<RuleMeta>;

const SERVER: RuleMeta = {
  ...COMMON,
  id: 'web.server-version-disclosure',
  title: 'Server header discloses version',
  description: 'The Server header names the software and its version, which tells an attacker which known vulnerabilities to try.',
  help: 'Configure the server (or the proxy in front of it) to send no version in the Server header, or no Server header at all.',
  tags: ['zap:10036'],
  references: ['https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/01-Information_Gathering/02-Fingerprint_Web_Server'],
};

const POWERED_BY: RuleMeta = {
  ...COMMON,
  id: 'web.x-powered-by-disclosure',
  title: 'X-Powered-By header discloses the framework',
  description: 'The X-Powered-By header names the framework or language runtime (often with its version), which helps an attacker choose exploits.',
  help: "Remove the X-Powered-By header (Express: app.disable('x-powered-by'); PHP: expose_php = Off).",
  tags: ['zap:10037'],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Headers_Cheat_Sheet.html#x-powered-by'],
};

/** A product token followed by a version: nginx/1.25.3, Werkzeug/3.1.8, Microsoft-IIS/10.0, Apache/2.4.57. */
const VERSIONED = /[A-Za-z][\w.-]*\/\d+(\.\d+)*/;

export const versionDisclosureRule = {
  meta: { id: 'version-disclosure', version: '0.1.0', summary: 'Server and X-Powered-By headers that disclose software versions.' },
  rules: [SERVER, POWERED_BY],
  check(exchange, ctx) {
    const hits: WebHit[] = [];
    const server = header(exchange, 'server');
    if (server && VERSIONED.test(server) && ctx.firstTime(`server ${originOf(exchange)} ${server}`)) {
      hits.push(originHit(SERVER, exchange, `Server: ${server}`, { evidence: server, param: 'Server' }));
    }
    const powered = header(exchange, 'x-powered-by');
    if (powered && ctx.firstTime(`powered ${originOf(exchange)} ${powered}`)) {
      hits.push(originHit(POWERED_BY, exchange, `X-Powered-By: ${powered}`, { evidence: powered, param: 'X-Powered-By' }));
    }
    return hits;
  },
} satisfies PassiveRule;
