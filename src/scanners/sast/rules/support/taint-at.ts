import type { PythonFile } from '../../engine/python/context.js';
import { closestAncestor, type SyntaxNode } from '../../engine/walk.js';
import { MAX_SCOPE_WORK, scopeTaintOf } from '../../taint/analysis.js';
import { exprTaints } from '../../taint/evaluate.js';
import { routeParameters } from '../../taint/routes.js';
import type { Env, Taint } from '../../taint/types.js';
import { mayHoldUserInput } from '../../taint/user-input.js';

const SCOPES = ['function_definition'];
/** Statements between a block and its scope that keep an assignment straight-line (it replaces what a name held). */
const STRAIGHT = new Set(['block', 'expression_statement', 'function_definition', 'decorated_definition', 'module']);

const scopeOf = (file: PythonFile, node: SyntaxNode) => closestAncestor(node, SCOPES) ?? file.tree.rootNode;

/**
 * The taints reaching `expr`, part of a statement `stmt` that need not be a call (`return f"<p>{x}</p>"`,
 * `session["u"] = x`). The environment is the one at the first call inside the statement when there is
 * one; otherwise the one at the last call before it in the same scope (or the route parameters), with the
 * plain `name = value` assignments since then replayed (replacing on straight-line code, adding in branches).
 */
export function taintsAtStatement(file: PythonFile, stmt: SyntaxNode, expr: SyntaxNode): Taint[] {
  if (!mayHoldUserInput(file)) return [];
  const scope = scopeOf(file, stmt);
  const { envAtCall } = scopeTaintOf(file, stmt);
  const budget = { used: 0, limit: MAX_SCOPE_WORK };
  const inScope = file.nodes('call').filter((c) => scopeOf(file, c).id === scope.id);
  const inner = inScope.find((c) => c.startIndex >= stmt.startIndex && c.endIndex <= stmt.endIndex && envAtCall.has(c.id));
  if (inner) return exprTaints(file, expr, envAtCall.get(inner.id)!, budget);
  let last: SyntaxNode | undefined;
  for (const c of inScope) if (c.endIndex <= stmt.startIndex && envAtCall.has(c.id)) last = c;
  const base: Env = last ? envAtCall.get(last.id)! : scope.type === 'function_definition' ? routeParameters(scope) : new Map();
  const env = new Map(base as Map<string, readonly Taint[]>);
  const from = last?.startIndex ?? scope.startIndex;
  for (const a of file.assignments()) {
    if (a.node.endIndex <= from || a.node.endIndex > stmt.startIndex || a.left.type !== 'identifier' || scopeOf(file, a.node).id !== scope.id) continue;
    const taints = exprTaints(file, a.right, env, budget);
    let straight = true;
    for (let p = a.node.parent; p && p.id !== scope.id; p = p.parent) if (!STRAIGHT.has(p.type)) straight = false;
    env.set(a.left.text, straight ? taints : [...(env.get(a.left.text) ?? []), ...taints]);
  }
  return exprTaints(file, expr, env, budget);
}
