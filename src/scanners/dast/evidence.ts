import { redactCredentials, redactSecret, redactValues } from '../../core/redact.js';
import { defaultEngine } from '../secrets/engine.js';
import { findSecrets } from '../secrets/matcher.js';
import type { HttpExchange } from './types.js';

/** Evidence bounds: enough to see the proof, never a whole page. */
const MAX_REQUEST_BODY = 4 * 1024;
const MAX_RESPONSE_BODY = 8 * 1024;
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'x-auth-token', 'cookie']);

/** Secret values found in a text by the secrets scanner's rules. */
export function secretsIn(text: string): string[] {
  return findSecrets(text, 'response', defaultEngine()).hits.map((h) => h.secret);
}

/** Masks configured credentials, secrets the secrets rules recognize, and credential-like key/values. */
export function redactText(text: string, known: readonly string[]): string {
  return redactCredentials(redactValues(text, [...known, ...secretsIn(text)]));
}

/** The exchange as HTTP/1.1 text, bounded and redacted, for a finding's `http` field. */
export function httpEvidence(exchange: HttpExchange, known: readonly string[]): { request: string; response: string } {
  const { request, response } = exchange;
  const url = new URL(request.url);
  const reqHead = [`${request.method} ${url.pathname}${url.search} HTTP/1.1`, `host: ${url.host}`, ...headerLines(request.headers)];
  const resHead = [`HTTP/1.1 ${response.status}`, ...headerLines(response.headers)];
  const reqBody = request.body === undefined ? '' : bounded(request.body, MAX_REQUEST_BODY, false);
  const resBody = bounded(response.body, MAX_RESPONSE_BODY, response.truncated);
  return {
    request: redactText(`${reqHead.join('\n')}\n\n${reqBody}`, known),
    response: redactText(`${resHead.join('\n')}\n\n${resBody}`, known),
  };
}

function headerLines(headers: Record<string, string>): string[] {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'host') continue;
    for (const v of value.split('\n')) lines.push(`${name}: ${redactHeader(name, v)}`);
  }
  return lines;
}

/** Credential headers lose their values; cookies keep their names and attributes, not their values. */
function redactHeader(name: string, value: string): string {
  if (name === 'set-cookie') return value.replace(/^([^=;]+)=([^;]*)/, (_m, n: string, v: string) => `${n}=${maskCookie(v)}`);
  if (name === 'cookie') return value.replace(/([^=;\s]+)=([^;]*)/g, (_m, n: string, v: string) => `${n}=${maskCookie(v)}`);
  if (CREDENTIAL_HEADERS.has(name)) return value.replace(/^(\w+\s+)?(.+)$/, (_m, scheme: string | undefined, v: string) => `${scheme ?? ''}${redactSecret(v)}`);
  return value;
}

function maskCookie(value: string): string {
  return value.length === 0 ? '' : redactSecret(value);
}

function bounded(text: string, max: number, truncated: boolean): string {
  if (text.length <= max) return truncated ? `${text}\n… (body truncated by the scan's size limit)` : text;
  return `${text.slice(0, max)}\n… (${text.length - max} more characters)`;
}
