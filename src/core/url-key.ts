/**
 * A URL in the form two tools agree on, for matching web findings: scheme and host in lower case, no
 * default port, no credentials, no fragment, query parameters sorted. The value of `param` (the one a
 * tool attacked) is dropped, since each tool puts its own payload there.
 */
export function normalizeUrl(raw: string, param?: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  const pairs = [...url.searchParams].map(([name, value]): [string, string] => [name, name === param ? '' : value]);
  pairs.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = new URLSearchParams(pairs).toString();
  return `${url.protocol}//${url.host}${url.pathname}${query ? `?${query}` : ''}`;
}
