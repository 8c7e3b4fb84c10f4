import { fString, hasExpressions, type Piece } from '../shared/template.js';

export type Placeholder = '?' | '%s';

export interface Parameterized {
  sql: string;
  /** Python expressions, one per placeholder. */
  params: string[];
}

/**
 * Turns a query assembled from text and values into constant SQL with placeholders. A value inside a
 * quoted SQL literal takes the whole literal's place (`'%' + q + '%'` becomes one parameter); a value
 * inside a double-quoted identifier cannot be a parameter.
 */
export function parameterize(pieces: readonly Piece[], placeholder: Placeholder): Parameterized | string {
  let sql = '';
  const params: string[] = [];
  let quoted: Piece[] | undefined;
  let inIdentifier = false;
  const literal = (s: string): string => (placeholder === '%s' ? s.replaceAll('%', '%%') : s);
  for (const piece of pieces) {
    if (piece.kind === 'expr') {
      if (inIdentifier) return 'a value is spliced into a quoted identifier (a table or column name); parameters cannot hold names';
      if (quoted) quoted.push(piece);
      else {
        sql += placeholder;
        params.push(piece.code);
      }
      continue;
    }
    for (let i = 0; i < piece.value.length; i++) {
      const ch = piece.value[i]!;
      if (quoted) {
        if (ch === "'" && piece.value[i + 1] === "'") {
          quoted.push({ kind: 'text', value: "'" });
          i++;
        } else if (ch === "'") {
          const closed = closeLiteral(quoted, placeholder);
          if ('reason' in closed) return closed.reason;
          sql += closed.sql;
          if (closed.param !== undefined) params.push(closed.param);
          quoted = undefined;
        } else {
          quoted.push({ kind: 'text', value: ch });
        }
        continue;
      }
      if (ch === "'" && !inIdentifier) quoted = [];
      else if (ch === '"') inIdentifier = !inIdentifier;
      else sql += literal(ch);
    }
  }
  if (quoted) return 'a quoted SQL literal is not closed';
  if (params.length === 0) return 'no value is spliced into the query';
  return { sql, params };
}

/** A quoted SQL literal: kept as written when it holds no value, else one placeholder for all of it. */
function closeLiteral(pieces: Piece[], placeholder: Placeholder): { sql: string; param?: string } | { reason: string } {
  const merged = mergeText(pieces);
  if (!hasExpressions(merged)) {
    const text = merged.map((p) => (p.kind === 'text' ? p.value : '')).join('').replaceAll("'", "''");
    return { sql: `'${placeholder === '%s' ? text.replaceAll('%', '%%') : text}'` };
  }
  // '{name}' alone: the value itself, bound with its own type (the column's affinity converts it as before).
  const parts = merged.filter((p) => p.kind === 'expr' || p.value !== '');
  if (parts.length === 1 && parts[0]!.kind === 'expr') return { sql: placeholder, param: parts[0]!.code };
  const param = fString(merged);
  return param === undefined ? { reason: 'the value in the SQL literal cannot be rewritten as one Python expression' } : { sql: placeholder, param };
}

function mergeText(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out.at(-1);
    if (p.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', value: last.value + p.value };
    else out.push(p);
  }
  return out;
}
