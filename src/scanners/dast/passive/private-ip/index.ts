import type { RuleMeta } from '../../../../core/model.js';
import type { PassiveRule } from '../../types.js';
import { hitAt } from '../shared/exchange.js';

const PRIVATE_IP: RuleMeta = {
  id: 'web.private-ip-disclosure',
  title: 'Private IP address disclosed',
  description: 'A response contains an internal (RFC 1918) IP address, which maps the network behind the application for an attacker.',
  severity: 'low',
  category: 'web',
  confidence: 'medium',
  cwe: ['CWE-497'],
  help: 'Keep internal addresses out of pages, headers and error messages (proxies: rewrite Location and Via; apps: no backend hosts in output).',
  tags: ['zap:2'],
  owasp: ['A05:2021'],
  references: ['https://datatracker.ietf.org/doc/html/rfc1918'],
};

/** 10/8, 172.16/12 and 192.168/16, not inside a longer dotted number (versions, OIDs). */
const RFC1918 = /(?<![\d.])(10\.(?:25[0-5]|2[0-4]\d|1?\d?\d)|172\.(?:1[6-9]|2\d|3[01])|192\.168)(\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){2}(?![\d.]*\d)/g;

export const privateIpRule = {
  meta: { id: 'private-ip', version: '0.1.0', summary: 'Internal (RFC 1918) IP addresses in response bodies and headers.' },
  rules: [PRIVATE_IP],
  check(exchange, ctx) {
    const host = new URL(exchange.request.url).hostname;
    const text = `${Object.values(exchange.response.headers).join('\n')}\n${exchange.response.body}`;
    // Scanning an app on its private address: the address is no news.
    const found = [...new Set([...text.matchAll(RFC1918)].map((m) => m[0]))].filter((ip) => ip !== host);
    if (found.length === 0) return [];
    const path = new URL(exchange.request.url).pathname;
    if (!ctx.firstTime(`private-ip ${path} ${found.join(',')}`)) return [];
    return [hitAt(PRIVATE_IP, exchange, `${path} discloses ${found.slice(0, 5).join(', ')}`, { evidence: found.slice(0, 5).join(', ') })];
  },
} satisfies PassiveRule;
