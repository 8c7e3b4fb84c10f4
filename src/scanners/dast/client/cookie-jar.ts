/**
 * Cookies of the one origin a scan talks to. Path, domain and expiry dates are not modelled: the scope is
 * a single origin, and a cookie deleted with Max-Age=0 or a past Expires is dropped.
 */
export interface CookieJar {
  header(): string | undefined;
  set(name: string, value: string): void;
  /** Takes every Set-Cookie line of a response ("\n"-joined, as the client records them). */
  absorb(setCookie: string | undefined): void;
  clear(): void;
  names(): string[];
}

export function createCookieJar(initial: Record<string, string> = {}): CookieJar {
  const cookies = new Map(Object.entries(initial));
  return {
    header() {
      return cookies.size === 0 ? undefined : [...cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    },
    set(name, value) {
      cookies.set(name, value);
    },
    absorb(setCookie) {
      for (const line of setCookie?.split('\n') ?? []) {
        const parsed = parseSetCookie(line);
        if (!parsed) continue;
        if (parsed.expired) cookies.delete(parsed.name);
        else cookies.set(parsed.name, parsed.value);
      }
    },
    clear() {
      cookies.clear();
    },
    names() {
      return [...cookies.keys()];
    },
  };
}

export interface SetCookie {
  name: string;
  value: string;
  /** Attribute names in lower case → value ('' for flags). */
  attributes: Map<string, string>;
  expired: boolean;
}

export function parseSetCookie(line: string): SetCookie | undefined {
  const [pair = '', ...attrs] = line.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const attributes = new Map<string, string>();
  for (const a of attrs) {
    const i = a.indexOf('=');
    const key = (i < 0 ? a : a.slice(0, i)).trim().toLowerCase();
    if (key) attributes.set(key, i < 0 ? '' : a.slice(i + 1).trim());
  }
  const maxAge = attributes.get('max-age');
  const expires = attributes.get('expires');
  const expired = (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) < Date.now());
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim(), attributes, expired };
}
