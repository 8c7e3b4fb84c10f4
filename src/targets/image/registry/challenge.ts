/** A parsed `WWW-Authenticate` challenge: `Bearer realm="…",service="…",scope="…"` or `Basic realm="…"`. */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

const PARAM = /\s*([a-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/giy;

export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined;
  const m = /^\s*([a-z]+)\s*(.*)$/is.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const rest = m[2]!;
  PARAM.lastIndex = 0;
  for (let p = PARAM.exec(rest); p && p[0]; p = PARAM.exec(rest)) {
    params[p[1]!.toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3]!;
  }
  return { scheme: m[1]!.toLowerCase(), params };
}
