import { closestAncestor, type SyntaxNode } from '../walk.js';
import type { PythonFile } from './context.js';

const SCOPES = ['function_definition', 'lambda', 'class_definition'];

/**
 * The values a local name was given before `use` in the same scope, nearest last: `q = f"..."` then
 * `cur.execute(q)`. Straight-line only (no branches, no calls): the first step the taint engine will
 * generalise into reaching definitions.
 */
export function priorAssignments(file: PythonFile, name: string, use: SyntaxNode): SyntaxNode[] {
  const scope = closestAncestor(use, SCOPES);
  const values: SyntaxNode[] = [];
  for (const type of ['assignment', 'augmented_assignment']) {
    for (const a of file.nodes(type)) {
      if (a.startIndex >= use.startIndex) break;
      const left = a.childForFieldName('left');
      const right = a.childForFieldName('right');
      if (left?.type !== 'identifier' || left.text !== name || !right) continue;
      if (closestAncestor(a, SCOPES)?.id !== scope?.id) continue;
      values.push(right);
    }
  }
  return values.sort((x, y) => x.startIndex - y.startIndex);
}
