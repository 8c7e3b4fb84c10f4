import type { SyntaxNode } from './python-unit.js';

/** A string built at run time, as literal text and the expressions spliced into it. */
export type Piece = { kind: 'text'; value: string } | { kind: 'expr'; code: string; node: SyntaxNode };

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

/**
 * Reads an f-string, a `"…" % args` or `"…".format(args)` expression, a `+` chain or implicitly
 * joined literals into pieces. A string reason when the expression is anything else, or uses
 * conversions and format specs whose output the pieces could not reproduce.
 */
export function templatePieces(node: SyntaxNode): Piece[] | string {
  switch (node.type) {
    case 'string':
      return stringPieces(node);
    case 'concatenated_string':
      return joinAll(node.namedChildren.map(templatePieces));
    case 'parenthesized_expression':
      return node.namedChildren.length === 1 ? templatePieces(node.namedChildren[0]!) : 'not a string expression';
    case 'binary_operator':
      return binaryPieces(node);
    case 'call':
      return formatCallPieces(node);
    default:
      return 'not a string expression';
  }
}

function joinAll(parts: (Piece[] | string)[]): Piece[] | string {
  const out: Piece[] = [];
  for (const p of parts) {
    if (typeof p === 'string') return p;
    out.push(...p);
  }
  return out;
}

function stringPieces(node: SyntaxNode): Piece[] | string {
  const prefix = node.firstChild?.text.replace(/["']+$/, '').toLowerCase() ?? '';
  if (/[rb]/.test(prefix)) return 'raw and byte strings are left alone';
  const out: Piece[] = [];
  for (const child of node.namedChildren) {
    if (child.type === 'string_content') {
      const text = decodeContent(child);
      if (text === undefined) return 'the string uses an escape patchline does not rewrite';
      out.push({ kind: 'text', value: text });
    } else if (child.type === 'interpolation') {
      const expr = child.namedChildren.find((c) => c.type !== 'type_conversion' && c.type !== 'format_specifier');
      if (!expr || child.namedChildren.length !== 1) return 'the f-string formats a value (!r, :spec); the fix would change the text';
      out.push({ kind: 'expr', code: expr.text, node: expr });
    }
  }
  return out;
}

/** The text of a string_content node with its escapes decoded. */
function decodeContent(content: SyntaxNode): string | undefined {
  let out = '';
  let at = content.startIndex;
  const text = content.tree.rootNode.text;
  for (const child of content.children) {
    out += text.slice(at, child.startIndex);
    if (child.type === 'escape_interpolation') out += child.text[0];
    else if (child.type === 'escape_sequence') {
      const decoded = ESCAPES[child.text.slice(1)];
      if (decoded === undefined) return undefined;
      out += decoded;
    } else out += child.text;
    at = child.endIndex;
  }
  return out + text.slice(at, content.endIndex);
}

function binaryPieces(node: SyntaxNode): Piece[] | string {
  const op = node.childForFieldName('operator')?.type;
  const left = node.childForFieldName('left')!;
  const right = node.childForFieldName('right')!;
  if (op === '+') return joinAll([operand(left), operand(right)]);
  if (op !== '%') return 'not a string expression';
  if (left.type !== 'string') return 'the format string is not written here';
  const format = stringPieces(left);
  if (typeof format === 'string') return format;
  if (format.some((p) => p.kind === 'expr')) return 'an f-string formatted again with %';
  const args = right.type === 'tuple' ? right.namedChildren : [right];
  return percentPieces(format.map((p) => (p as { value: string }).value).join(''), args);
}

/** An operand of `+`: a string expression, or a value spliced in. */
function operand(node: SyntaxNode): Piece[] | string {
  if (['string', 'concatenated_string', 'binary_operator', 'parenthesized_expression'].includes(node.type)) return templatePieces(node);
  return [{ kind: 'expr', code: node.text, node }];
}

function percentPieces(format: string, args: readonly SyntaxNode[]): Piece[] | string {
  const out: Piece[] = [];
  let text = '';
  let next = 0;
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') {
      text += format[i];
      continue;
    }
    const conv = format[++i];
    if (conv === '%') {
      text += '%';
      continue;
    }
    if (!conv || !'sdirf'.includes(conv) || !args[next]) return 'a % conversion patchline does not rewrite';
    out.push({ kind: 'text', value: text }, { kind: 'expr', code: args[next]!.text, node: args[next]! });
    text = '';
    next++;
  }
  if (next !== args.length) return 'the % arguments do not match the format';
  out.push({ kind: 'text', value: text });
  return out;
}

function formatCallPieces(call: SyntaxNode): Piece[] | string {
  const fn = call.childForFieldName('function');
  const object = fn?.type === 'attribute' ? fn.childForFieldName('object') : undefined;
  if (fn?.childForFieldName('attribute')?.text !== 'format' || object?.type !== 'string') return 'not a string expression';
  const format = stringPieces(object);
  if (typeof format === 'string') return format;
  if (format.some((p) => p.kind === 'expr')) return 'an f-string formatted again with .format()';
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  if (args.some((a) => a.type !== 'keyword_argument' && a.type !== 'identifier' && a.type !== 'attribute' && a.type !== 'call' && a.type !== 'subscript')) {
    return 'a .format() argument patchline does not rewrite';
  }
  const positional = args.filter((a) => a.type !== 'keyword_argument');
  const keywords = new Map(args.filter((a) => a.type === 'keyword_argument').map((a) => [a.childForFieldName('name')!.text, a.childForFieldName('value')!]));
  const out: Piece[] = [];
  let auto = 0;
  const text = (format as { value: string }[]).map((p) => p.value).join('');
  const re = /\{([A-Za-z_][A-Za-z0-9_]*|\d*)\}/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const key = m[1]!;
    const value = key === '' ? positional[auto++] : /^\d+$/.test(key) ? positional[Number(key)] : keywords.get(key);
    if (!value) return 'a .format() field without its argument';
    out.push({ kind: 'text', value: text.slice(at, m.index) }, { kind: 'expr', code: value.text, node: value });
    at = m.index + m[0].length;
  }
  out.push({ kind: 'text', value: text.slice(at) });
  return out.some((p) => p.kind === 'text' && /[{}]/.test(p.value)) ? 'braces in .format() patchline does not rewrite' : out;
}

/** Whether the expression has any value spliced in at all. */
export function hasExpressions(pieces: readonly Piece[]): boolean {
  return pieces.some((p) => p.kind === 'expr');
}

/** An f-string that evaluates to the same text as the pieces; undefined when no quote works for Python < 3.12. */
export function fString(pieces: readonly Piece[]): string | undefined {
  const parts = pieces.filter((p) => p.kind === 'expr' || p.value !== '');
  if (parts.length === 1 && parts[0]!.kind === 'expr') return `str(${parts[0]!.code})`;
  const codes = parts.filter((p) => p.kind === 'expr').map((p) => p.code);
  if (codes.some((c) => c.includes('\\') || c.includes('\n'))) return undefined;
  const quote = codes.some((c) => c.includes('"')) ? "'" : '"';
  if (codes.some((c) => c.includes(quote))) return undefined;
  const body = parts
    .map((p) => (p.kind === 'text' ? escapeText(p.value, quote).replace(/[{}]/g, '$&$&') : `{${p.code}}`))
    .join('');
  return `f${quote}${body}${quote}`;
}

/** Text inside a Python string literal with the given quote. */
export function escapeText(value: string, quote: '"' | "'"): string {
  const json = JSON.stringify(value).slice(1, -1);
  return quote === '"' ? json : json.replace(/\\"/g, '"').replace(/'/g, "\\'");
}
