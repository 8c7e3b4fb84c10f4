import { createHash } from 'node:crypto';
import type { RuleMeta } from '../../../../core/model.js';
import { redactSecret } from '../../../../core/redact.js';
import { defaultEngine } from '../../../secrets/engine.js';
import { findSecrets } from '../../../secrets/matcher.js';
import type { PassiveRule, WebHit } from '../../types.js';
import { hitAt } from '../shared/exchange.js';

const SECRET: RuleMeta = {
  id: 'web.secret-in-response',
  title: 'Secret in a response',
  description: 'A response contains a credential the secrets rules recognize (a cloud key, a token, a private key), readable by anyone who can load the page.',
  severity: 'high',
  category: 'web',
  confidence: 'medium',
  cwe: ['CWE-200', 'CWE-798'],
  help: 'Remove the secret from the page or API answer, rotate it (it is exposed), and keep credentials on the server side.',
  owasp: ['A01:2021'],
  references: ['https://cwe.mitre.org/data/definitions/200.html'],
};

/** Only text a browser or client reads; binary downloads are for the file scanners. */
const TEXTUAL = /text|json|javascript|xml|x-www-form-urlencoded/i;

export const secretInResponseRule = {
  meta: { id: 'secret-in-response', version: '0.1.0', summary: 'Credentials in response bodies, found with the secrets scanner\'s rules and reported redacted.' },
  rules: [SECRET],
  check(exchange, ctx) {
    const type = exchange.response.headers['content-type'] ?? 'text/plain';
    if (!TEXTUAL.test(type)) return [];
    const hits: WebHit[] = [];
    for (const hit of findSecrets(exchange.response.body, 'response', defaultEngine()).hits) {
      const digest = createHash('sha256').update(hit.secret).digest('hex');
      if (!ctx.firstTime(`secret ${digest}`)) continue;
      const shown = redactSecret(hit.secret);
      hits.push(hitAt(SECRET, exchange, `${hit.rule.meta.title} in the answer to ${exchange.request.method} ${new URL(exchange.request.url).pathname}: ${shown}`, { evidence: shown, param: hit.rule.meta.id }));
    }
    return hits;
  },
} satisfies PassiveRule;
