import type { HttpRequestSpec, InjectionPoint } from '../types.js';

/** Headers worth attacking on every application: they often end up in logs, pages and queries. */
const HEADER_POINTS = ['user-agent', 'referer', 'x-forwarded-for'];

/** Every value a request carries: query parameters, form or JSON body fields. */
export function requestPoints(request: HttpRequestSpec): InjectionPoint[] {
  const points: InjectionPoint[] = [];
  const url = new URL(request.url);
  for (const [name, value] of url.searchParams) points.push({ request, location: 'query', name, value });
  const type = Object.entries(request.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  if (request.body !== undefined && type.includes('application/x-www-form-urlencoded')) {
    for (const [name, value] of new URLSearchParams(request.body)) points.push({ request, location: 'form', name, value });
  }
  if (request.body !== undefined && type.includes('json')) points.push(...jsonPoints(request, request.body));
  return points;
}

/** Top-level string and number fields of a JSON object body. */
function jsonPoints(request: HttpRequestSpec, body: string): InjectionPoint[] {
  try {
    const data: unknown = JSON.parse(body);
    if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
    return Object.entries(data as Record<string, unknown>)
      .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
      .map(([name, v]) => ({ request, location: 'json' as const, name, value: String(v) }));
  } catch {
    return [];
  }
}

/** A page no site has: its path reaches the not-found handler, which often puts the path into the page. */
const NOT_FOUND_PAGE = 'patchline-not-found';

/** Cookies the application set and a few headers, on the start page; the path of a page that does not exist. */
export function sitePoints(start: string, cookieNames: readonly string[], cookieHeader: string | undefined): InjectionPoint[] {
  const request: HttpRequestSpec = { method: 'GET', url: start };
  const missing: HttpRequestSpec = { method: 'GET', url: new URL(`/${NOT_FOUND_PAGE}`, start).href };
  const values = new Map((cookieHeader ?? '').split(';').map((c) => c.trim().split('=') as [string, string?]).map(([n, v]) => [n, v ?? '']));
  return [
    ...cookieNames.map((name) => ({ request, location: 'cookie' as const, name, value: values.get(name) ?? '' })),
    ...HEADER_POINTS.map((name) => ({ request, location: 'header' as const, name, value: '' })),
    { request: missing, location: 'path', name: 'path', value: NOT_FOUND_PAGE },
  ];
}

/**
 * The recipe's login request as injection points (its fields and the query of its URL): the crawler never
 * sees the login form once the scan is logged in, and a login is a classic place for SQL injection and
 * redirects after login. The baseline logs in for real, so a rule sees what a successful login does.
 */
export function loginPoints(recipe: { url: string; method?: 'GET' | 'POST'; fields: Record<string, string> } | undefined): InjectionPoint[] {
  if (!recipe) return [];
  const body = new URLSearchParams(recipe.fields).toString();
  if (recipe.method === 'GET') {
    const url = new URL(recipe.url);
    for (const [k, v] of Object.entries(recipe.fields)) url.searchParams.set(k, v);
    return requestPoints({ method: 'GET', url: url.href });
  }
  return requestPoints({ method: 'POST', url: recipe.url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
}

/** One point per request shape and parameter: the same form posted twice is attacked once. */
export function uniquePoints(points: readonly InjectionPoint[]): InjectionPoint[] {
  const seen = new Set<string>();
  return points.filter((p) => {
    const u = new URL(p.request.url);
    const key = `${p.request.method} ${u.origin}${u.pathname} ${p.location} ${p.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
