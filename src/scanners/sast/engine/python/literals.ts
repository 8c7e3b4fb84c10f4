import type { SyntaxNode } from '../walk.js';

export type Literal = string | number | boolean | null;

/** A string with no interpolation (plain, bytes, raw, or an f-string without `{}` parts). */
export function isStringLiteral(node: SyntaxNode): boolean {
  if (node.type === 'concatenated_string') return node.namedChildren.every(isStringLiteral);
  return node.type === 'string' && !node.namedChildren.some((c) => c.type === 'interpolation');
}

/** Is this a string built at run time: an f-string with `{}`, `%`-formatting, `.format()`, or `+`/`+=` with a string? */
export function isFormattedString(node: SyntaxNode): boolean {
  if (node.type === 'string') return node.namedChildren.some((c) => c.type === 'interpolation');
  if (node.type === 'concatenated_string') return node.namedChildren.some(isFormattedString);
  if (node.type === 'binary_operator') {
    const op = node.childForFieldName('operator')?.type;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return false;
    if (op === '%') return isStringish(left);
    if (op === '+') return isStringish(left) || isStringish(right) || isFormattedString(left) || isFormattedString(right);
    return false;
  }
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    return fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format' && isStringish(fn.childForFieldName('object'));
  }
  return false;
}

function isStringish(node: SyntaxNode | null): boolean {
  return !!node && (node.type === 'string' || node.type === 'concatenated_string' || isFormattedString(node));
}

/** The value of a literal string without interpolation, or undefined. Escapes are left as written. */
export function stringValue(node: SyntaxNode): string | undefined {
  if (node.type === 'concatenated_string') {
    const parts = node.namedChildren.map(stringValue);
    return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
  }
  if (!isStringLiteral(node)) return undefined;
  return node.namedChildren
    .filter((c) => c.type === 'string_content' || c.type === 'escape_sequence')
    .map((c) => c.text)
    .join('');
}

/** The value of a literal (string, number, True/False/None), or undefined when the node is not one. */
export function literalValue(node: SyntaxNode): Literal | undefined {
  switch (node.type) {
    case 'string':
    case 'concatenated_string':
      return stringValue(node);
    case 'integer':
    case 'float': {
      const n = Number(node.text.replace(/_/g, ''));
      return Number.isNaN(n) ? undefined : n;
    }
    case 'true':
      return true;
    case 'false':
      return false;
    case 'none':
      return null;
    case 'parenthesized_expression': {
      const inner = node.namedChildren[0];
      return inner ? literalValue(inner) : undefined;
    }
    default:
      return undefined;
  }
}
