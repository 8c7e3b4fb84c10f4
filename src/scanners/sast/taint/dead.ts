import type { PythonFile } from '../engine/python/context.js';
import { literalValue } from '../engine/python/literals.js';
import type { SyntaxNode } from '../engine/walk.js';

/** `False`, `0`, `None`, or a module constant bound once to one of them (`LEGACY_SEARCH = False`). */
export function isConstantFalse(file: PythonFile, condition: SyntaxNode): boolean {
  let node = condition;
  while (node.type === 'parenthesized_expression' && node.namedChildren[0]) node = node.namedChildren[0];
  if (node.type === 'identifier') {
    if (!file.constants.has(node.text)) return false;
    const bound = file.assignments().find((a) => a.left.type === 'identifier' && a.left.text === node.text);
    return bound !== undefined && isFalsy(literalValue(bound.right));
  }
  return isFalsy(literalValue(node));
}

function isFalsy(value: unknown): boolean {
  return value === false || value === 0 || value === null || value === '';
}
