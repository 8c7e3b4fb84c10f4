import type { RuleMeta } from '../../../../core/model.js';
import type { HttpExchange, WebHit } from '../../types.js';

/** A hit at the exchange's own URL and method. */
export function hitAt(rule: RuleMeta, exchange: HttpExchange, message: string, extra: Partial<WebHit> = {}): WebHit {
  return { ruleId: rule.id, url: exchange.request.url, method: exchange.request.method, message, exchange, ...extra };
}

/**
 * A hit for something the whole origin gets wrong (a header nobody sets): reported once, at the origin's
 * root, so the finding is the same whichever page the crawl saw first.
 */
export function originHit(rule: RuleMeta, exchange: HttpExchange, message: string, extra: Partial<WebHit> = {}): WebHit {
  const url = new URL(exchange.request.url);
  return { ...hitAt(rule, exchange, `${message} (seen on ${exchange.request.method} ${url.pathname})`, extra), url: `${url.origin}/`, method: 'GET' };
}

export function originOf(exchange: HttpExchange): string {
  return new URL(exchange.request.url).origin;
}

export function header(exchange: HttpExchange, name: string): string | undefined {
  return exchange.response.headers[name];
}

/** An HTML document the browser renders (not a redirect, not an empty answer). */
export function isHtmlPage(exchange: HttpExchange): boolean {
  const { status, headers, body } = exchange.response;
  if (status >= 300 && status < 400) return false;
  const type = headers['content-type'] ?? '';
  return type.includes('html') || (!type && /^\s*<(!doctype|html)/i.test(body));
}

export function isHttps(exchange: HttpExchange): boolean {
  return exchange.request.url.startsWith('https:');
}

/** Directives of a CSP header value by name (lower case) → their source list. */
export function cspDirectives(value: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}
