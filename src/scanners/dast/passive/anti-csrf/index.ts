import type { RuleMeta } from '../../../../core/model.js';
import { parseHtml } from '../../crawler/html.js';
import type { PassiveRule, WebHit } from '../../types.js';
import { hitAt, isHtmlPage } from '../shared/exchange.js';

const NO_TOKEN: RuleMeta = {
  id: 'web.csrf-token-missing',
  title: 'Form without anti-CSRF token',
  description: 'A form that changes state (POST) carries no anti-CSRF token, so another site can submit it in the name of a logged-in user.',
  severity: 'medium',
  category: 'web',
  confidence: 'medium',
  cwe: ['CWE-352'],
  help: 'Add a per-session anti-CSRF token to every state-changing form and check it on the server (Flask-WTF CSRFProtect, Django {% csrf_token %}, csurf), and set SameSite on session cookies.',
  tags: ['zap:10202'],
  owasp: ['A01:2021'],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html'],
};

/** Field names frameworks use for anti-CSRF tokens (ZAP's default list, plus a few). */
const TOKEN_NAME = /csrf|xsrf|anticsrf|authenticity_token|requestverificationtoken|__requestverificationtoken|_token|nonce|form_key|__viewstate/i;

export const antiCsrfRule = {
  meta: { id: 'anti-csrf', version: '0.1.0', summary: 'POST forms without a hidden anti-CSRF token field.' },
  rules: [NO_TOKEN],
  check(exchange, ctx) {
    if (!isHtmlPage(exchange) || exchange.response.status >= 400 || !/<form/i.test(exchange.response.body)) return [];
    const hits: WebHit[] = [];
    for (const form of parseHtml(exchange.response.body, exchange.request.url).forms) {
      if (form.method !== 'POST' || form.fields.some((f) => TOKEN_NAME.test(f.name))) continue;
      const action = new URL(form.action);
      if (!ctx.firstTime(`csrf ${action.origin}${action.pathname}`)) continue;
      const names = form.fields.map((f) => f.name).join(', ');
      hits.push(hitAt(NO_TOKEN, exchange, `The form posting to ${action.pathname} (fields: ${names || 'none'}) has no anti-CSRF token`, { evidence: `<form method="post" action="${action.pathname}">` }));
    }
    return hits;
  },
} satisfies PassiveRule;
