import type { SyntaxNode } from '../engine/walk.js';

/** Methods that put their arguments into the container they are called on. */
const MUTATORS = new Set(['append', 'appendleft', 'extend', 'extendleft', 'add', 'insert', 'update', 'setdefault', 'write', 'writelines']);

/**
 * `items.append(v)`, `seen.add(v)`, `self.parts.extend(vs)`: the container (a name or `self.x`) and the
 * values put into it, so that taint flows into the container as it does for `items[i] = v`.
 */
export function mutationOf(call: SyntaxNode): { target: SyntaxNode; values: SyntaxNode[] } | undefined {
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'attribute' || !MUTATORS.has(fn.childForFieldName('attribute')?.text ?? '')) return undefined;
  const target = fn.childForFieldName('object');
  if (!target || (target.type !== 'identifier' && !(target.type === 'attribute' && target.childForFieldName('object')?.type === 'identifier'))) return undefined;
  const values = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a.type !== 'comment');
  return values.length > 0 ? { target, values } : undefined;
}
