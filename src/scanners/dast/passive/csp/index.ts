import type { RuleMeta } from '../../../../core/model.js';
import type { PassiveRule, WebHit } from '../../types.js';
import { cspDirectives, header, isHtmlPage, originHit, originOf } from '../shared/exchange.js';

const MISSING: RuleMeta = {
  id: 'web.csp-missing',
  title: 'Content-Security-Policy header not set',
  description: 'HTML pages are served without a Content-Security-Policy, so the browser runs any script an injection puts on the page.',
  severity: 'medium',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-693'],
  help: "Send a Content-Security-Policy on every HTML response, starting from default-src 'self'; object-src 'none'; frame-ancestors 'none'.",
  tags: ['zap:10038'],
  owasp: ['A05:2021'],
  references: ['https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP'],
};

const WEAK: RuleMeta = {
  id: 'web.csp-weak',
  title: 'Content-Security-Policy allows script injection',
  description: "The Content-Security-Policy lets scripts run from anywhere or inline ('unsafe-inline', 'unsafe-eval', wildcards, data:), so it does not stop cross-site scripting.",
  severity: 'medium',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-693'],
  help: "Restrict script-src (or default-src) to 'self' and nonces or hashes; drop 'unsafe-inline', 'unsafe-eval', * and scheme-only sources, and set object-src 'none'.",
  tags: ['zap:10055'],
  owasp: ['A05:2021'],
  references: ['https://csp-evaluator.withgoogle.com/'],
};

/** Sources that let an attacker's script run. */
const UNSAFE_SOURCE = /^('unsafe-inline'|'unsafe-eval'|\*|data:|https?:|blob:)$/i;

export const cspRule = {
  meta: { id: 'csp', version: '0.1.0', summary: 'Content-Security-Policy missing on HTML pages, or too permissive to stop script injection.' },
  rules: [MISSING, WEAK],
  check(exchange, ctx) {
    if (!isHtmlPage(exchange)) return [];
    const policy = header(exchange, 'content-security-policy') ?? metaPolicy(exchange.response.body);
    if (policy === undefined) {
      return ctx.firstTime(`csp-missing ${originOf(exchange)}`) ? [originHit(MISSING, exchange, 'No Content-Security-Policy on HTML pages')] : [];
    }
    const problems = weaknesses(policy);
    if (problems.length === 0 || !ctx.firstTime(`csp-weak ${originOf(exchange)} ${policy}`)) return [];
    return [originHit(WEAK, exchange, `The Content-Security-Policy is weak: ${problems.join('; ')}`, { evidence: policy })] satisfies WebHit[];
  },
} satisfies PassiveRule;

function weaknesses(policy: string): string[] {
  const d = cspDirectives(policy);
  const scripts = d.get('script-src') ?? d.get('default-src');
  const out: string[] = [];
  if (!scripts) out.push('neither script-src nor default-src restricts scripts');
  else {
    // A nonce or hash makes browsers ignore 'unsafe-inline' (CSP level 2+).
    const hasNonce = scripts.some((s) => /^'(nonce|sha256|sha384|sha512)-/i.test(s));
    const bad = scripts.filter((s) => UNSAFE_SOURCE.test(s) && !(hasNonce && /'unsafe-inline'/i.test(s)));
    if (bad.length > 0) out.push(`scripts allowed from ${bad.join(' ')}`);
  }
  if (!d.has('object-src') && !d.has('default-src')) out.push('object-src is not restricted');
  return out;
}

function metaPolicy(body: string): string | undefined {
  const tag = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/i.exec(body.slice(0, 64 * 1024))?.[0];
  return tag ? (/content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag)?.slice(1).find((v) => v !== undefined) ?? '') : undefined;
}
