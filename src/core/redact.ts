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

const COOKIE_LINE = /\b((?:set-)?cookie:[ \t]*)([^\r\n]*)/gi;

/**
 * An HTTP message (request or response text) safe to report: credentials masked as in
 * `redactCredentials`, and cookie values blanked (session ids are credentials) with their names and
 * attributes kept, so `Set-Cookie: sid=****; HttpOnly` still proves what a cookie rule says.
 */
export function redactHttp(text: string): string {
  return redactCredentials(text).replace(COOKIE_LINE, (_m, head: string, rest: string) => `${head}${maskCookieValues(rest)}`);
}

function maskCookieValues(line: string): string {
  return line
    .split(';')
    .map((part, i) => {
      const eq = part.indexOf('=');
      const name = part.slice(0, eq).trim().toLowerCase();
      // Set-Cookie attributes after the first pair are not secret; Cookie headers are all pairs.
      const attribute = i > 0 && ['path', 'domain', 'expires', 'max-age', 'samesite', 'priority'].includes(name);
      return eq < 0 || attribute || part.slice(eq + 1).trim() === '' ? part : `${part.slice(0, eq + 1)}****`;
    })
    .join(';');
}
