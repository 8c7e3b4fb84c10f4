import type { SyntaxNode } from '../walk.js';

/** The name an assignment target binds, as written: `x`, `self.x`, `cfg['x']` → `x`. */
export function targetName(left: SyntaxNode): string | undefined {
  if (left.type === 'identifier') return left.text;
  if (left.type === 'attribute') return left.childForFieldName('attribute')?.text;
  if (left.type === 'subscript') {
    const index = left.childForFieldName('subscript');
    if (index?.type === 'string') return index.namedChildren.filter((c) => c.type === 'string_content').map((c) => c.text).join('');
  }
  return undefined;
}
