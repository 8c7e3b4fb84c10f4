import type { SyntaxNode } from '../engine/walk.js';
import { isConstantExpression, scopeOf } from './constants.js';
import type { ScriptFile } from './context.js';
import { isConstantCollection, isGuarded } from './guards.js';

const MAX_DEPTH = 4;

/**
 * A read whose value the code fixes, so the injection rules' "not constant" fallback stays silent:
 * a value that passed an allow-list check where it is read (`if (!COLUMNS.includes(col)) return …`),
 * a lookup in a constant object (`ORDER[key]`), or a local `const` bound (in this or an enclosing
 * function, before the read, never reassigned) to an expression made only of such reads and literals.
 */
export function isSafeRead(file: ScriptFile, read: SyntaxNode, sanitizers: readonly string[], depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (read.type === 'subscript_expression') {
    const object = read.childForFieldName('object');
    return !!object && isConstantCollection(file, object);
  }
  if (read.type === 'member_expression') return /^[\w$]+(?:\.[\w$]+)*$/.test(read.text) && isGuarded(file, read, read.text);
  if (read.type !== 'identifier') return false;
  const parent = read.parent;
  if (parent?.type === 'member_expression' && parent.childForFieldName('property')?.id === read.id) return false;
  if (isGuarded(file, read, read.text)) return true;
  return isSafeLocal(file, read, sanitizers, depth);
}

function isSafeLocal(file: ScriptFile, read: SyntaxNode, sanitizers: readonly string[], depth: number): boolean {
  if (file.nodes('assignment_expression').some((a) => a.childForFieldName('left')?.text === read.text)) return false;
  const scopes = new Set<number>();
  for (let s = scopeOf(read); s; s = scopeOf(s)) scopes.add(s.id);
  const decls = file.declarationsOf(read.text).filter((d) => scopes.has(scopeOf(d.node)?.id ?? -1) && d.node.startIndex < read.startIndex);
  if (decls.length === 0) return false;
  const isSafeCall = (call: SyntaxNode) => sanitizers.includes(file.callName(call) ?? '');
  return decls.every((d) => d.value && isConstantExpression(d.value, file.constants, isSafeCall, (r) => isSafeRead(file, r, sanitizers, depth + 1)));
}
