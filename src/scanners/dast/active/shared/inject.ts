import type { HttpRequestSpec, InjectionPoint } from '../../types.js';

/**
 * The point's baseline request with `value` in place of the original value, encoded for where it goes.
 * Undefined when the value cannot travel there (a line break in a header or cookie would be refused by
 * the HTTP stack before it reached the application).
 */
export function withValue(point: InjectionPoint, value: string): HttpRequestSpec | undefined {
  const request = point.request;
  const headers = { ...(request.headers ?? {}) };
  switch (point.location) {
    case 'query': {
      const url = new URL(request.url);
      url.searchParams.set(point.name, value);
      return { ...request, url: url.href, headers };
    }
    case 'form': {
      const form = new URLSearchParams(request.body ?? '');
      form.set(point.name, value);
      return { ...request, headers, body: form.toString() };
    }
    case 'json':
      return { ...request, headers, body: jsonWith(request.body, point.name, value) };
    case 'cookie':
      if (/[\r\n]/.test(value)) return undefined;
      return { ...request, headers: withHeader(headers, 'cookie', `${point.name}=${encodeURIComponent(value)}`) };
    case 'header':
      if (/[\r\n]/.test(value)) return undefined;
      return { ...request, headers: withHeader(headers, point.name, value) };
    case 'path': {
      const url = new URL(request.url);
      const segments = url.pathname.split('/');
      segments[segments.length - 1] = encodeURIComponent(value);
      url.pathname = segments.join('/');
      return { ...request, url: url.href, headers };
    }
  }
}

function jsonWith(body: string | undefined, name: string, value: string): string {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(body ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch {
    // The crawler only makes JSON points from object bodies; anything else gets a fresh object.
  }
  return JSON.stringify({ ...data, [name]: value });
}

/** Sets a header, replacing one of the same name in any case. */
function withHeader(headers: Record<string, string>, name: string, value: string): Record<string, string> {
  const out = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== name.toLowerCase()));
  out[name] = value;
  return out;
}

/** "the query parameter q", "the cookie session" … for messages. */
export function describePoint(point: InjectionPoint): string {
  const what: Record<InjectionPoint['location'], string> = {
    query: 'query parameter',
    form: 'form field',
    json: 'JSON field',
    cookie: 'cookie',
    header: 'header',
    path: 'last path segment',
  };
  return point.location === 'path' ? 'the last path segment' : `the ${what[point.location]} ${point.name}`;
}
