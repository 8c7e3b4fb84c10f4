import { everyDescendant, type SyntaxNode } from '../walk.js';
import type { Assignment } from './context.js';

const CONSTANT_TYPES = new Set([
  'string', 'string_start', 'string_content', 'string_end', 'escape_sequence', 'concatenated_string',
  'integer', 'float', 'true', 'false', 'none', 'binary_operator', 'unary_operator', 'parenthesized_expression',
  'tuple', 'list', 'interpolation', 'format_specifier', 'type_conversion',
]);

/**
 * Does this expression only combine literals, names bound once to literals, and the results of calls
 * `isSafeCall` accepts (sanitizers such as `shlex.quote`), so that no raw user input can reach it? Walked
 * without recursion. Until the taint engine exists, "not constant" stands in for "tainted".
 */
export function isConstantExpression(
  node: SyntaxNode,
  constants: ReadonlySet<string>,
  isSafeCall?: (call: SyntaxNode) => boolean,
): boolean {
  return everyDescendant(node, (n) => {
    if (!n.isNamed) return true;
    const type = n.type;
    if (type === 'identifier') return constants.has(n.text);
    if (type === 'call') return isSafeCall?.(n.node()) ? 'skip' : false;
    return type === 'comment' || CONSTANT_TYPES.has(type);
  });
}

/**
 * Module-level names assigned exactly once in the whole file, to a constant expression
 * (`NOT_FOUND_PAGE = """..."""`). A name reassigned anywhere (even in a function) is not constant.
 */
export function moduleConstants(assignments: readonly Assignment[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { left } of assignments) {
    for (const name of boundNames(left)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const constants = new Set<string>();
  for (const { node, left, right } of assignments) {
    if (left.type !== 'identifier' || counts.get(left.text) !== 1) continue;
    if (node.parent?.type !== 'expression_statement' || node.parent.parent?.type !== 'module') continue;
    if (isConstantExpression(right, constants)) constants.add(left.text);
  }
  return constants;
}

/** Plain names bound by an assignment target (`a = `, `a, b = `). */
export function boundNames(left: SyntaxNode): string[] {
  if (left.type === 'identifier') return [left.text];
  if (left.type === 'pattern_list' || left.type === 'tuple_pattern' || left.type === 'list_pattern') {
    return left.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text);
  }
  return [];
}
