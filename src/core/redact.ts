/**
 * Redaction. A found secret is shown as its first 4 characters and its length, never more.
 * Credentials that may hide in URLs, headers or messages are masked before anything is logged or reported.
 */

export function redactSecret(value: string): string {
  const shown = value.length > 8 ? value.slice(0, 4) : '';
  return `${shown}${'*'.repeat(4)} (${value.length} chars)`;
}

const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/]+):([^\s@/]+)@/gi;
const AUTH_HEADER = /\b(authorization|x-api-key|api[-_]?key|token|password|passwd|secret)(["']?\s*[:=]\s*["']?)(bearer\s+|basic\s+)?([^\s"',;]{4,})/gi;

/** Masks `user:password@` in URLs and values of credential-like keys in free text. */
export function redactCredentials(text: string): string {
  return text
    .replace(URL_USERINFO, (_m, scheme: string, user: string) => `${scheme}${user}:****@`)
    .replace(AUTH_HEADER, (_m, key: string, sep: string, kind: string | undefined) => `${key}${sep}${kind ?? ''}****`);
}

/** Replaces every occurrence of the given secret values in a string with their redacted form. */
export function redactValues(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) {
    if (s.length >= 4) out = out.split(s).join(redactSecret(s));
  }
  return out;
}
