import type { PythonFile } from '../engine/python/context.js';
import { closestAncestor, type SyntaxNode } from '../engine/walk.js';
import { exprTaints, push, type Budget } from './evaluate.js';
import { routeParameters } from './routes.js';
import { scopeEvents, type FlowEvent } from './scope.js';
import { MAX_STEPS, type Env, type Taint } from './types.js';

/** Work allowed per scope (nodes visited plus names copied): a huge generated function stops here. */
export const MAX_SCOPE_WORK = 200_000;

export interface ScopeTaint {
  /** The environment in effect at each call of the scope, by node id. */
  envAtCall: Map<number, Env>;
  budget: Budget;
  /** The work limit was reached; calls after that point have no environment (nothing is reported there). */
  exhausted: boolean;
}

const SCOPES = ['function_definition'];
const memo = new WeakMap<PythonFile, Map<number, ScopeTaint>>();

/** The taint analysis of the scope (function or module) holding `node`, computed once per file and scope. */
export function scopeTaintOf(file: PythonFile, node: SyntaxNode, limit = MAX_SCOPE_WORK): ScopeTaint {
  const scope = closestAncestor(node, SCOPES) ?? file.tree.rootNode;
  let byScope = memo.get(file);
  if (!byScope) memo.set(file, (byScope = new Map()));
  let result = byScope.get(scope.id);
  if (!result) byScope.set(scope.id, (result = analyseScope(file, scope, limit)));
  return result;
}

/** The taints reaching `expr`, an expression inside (an argument of) `call`. */
export function taintsAt(file: PythonFile, call: SyntaxNode, expr: SyntaxNode): Taint[] {
  const scope = scopeTaintOf(file, call);
  const env = scope.envAtCall.get(call.id);
  if (!env) return [];
  return exprTaints(file, expr, env, { used: 0, limit: MAX_SCOPE_WORK });
}

/**
 * Runs the scope's events in order over an environment replaced on every write (so each call keeps the
 * one in effect there). Branch bodies add to what a name held; straight-line code replaces it. A scope
 * with a loop is run twice so that values assigned late in the loop reach uses early in it.
 */
export function analyseScope(file: PythonFile, scope: SyntaxNode, limit = MAX_SCOPE_WORK): ScopeTaint {
  const budget: Budget = { used: 0, limit };
  const { events, hasLoop } = scopeEvents(scope);
  const initial: Env = scope.type === 'function_definition' ? routeParameters(scope) : new Map();
  const envAtCall = new Map<number, Env>();
  let env = initial;
  for (let pass = 0; pass < (hasLoop ? 2 : 1); pass++) {
    for (const event of events) {
      if (budget.used > budget.limit) return { envAtCall, budget, exhausted: true };
      if (event.kind === 'call') envAtCall.set(event.node.id, env);
      else env = apply(file, event, env, budget);
    }
  }
  return { envAtCall, budget, exhausted: budget.used > budget.limit };
}

function apply(file: PythonFile, event: FlowEvent, env: Env, budget: Budget): Env {
  const { node } = event;
  const field = (name: string) => node.childForFieldName(name);
  const [left, right] = event.kind === 'walrus' ? [field('name'), field('value')] : [field('left'), field('right')];
  if (!left || !right) return env;
  if (event.kind === 'augment') return bind(env, left, [...(env.get(left.text) ?? []), ...exprTaints(file, right, env, budget)], true, budget);
  const weak = event.conditional;
  const targets = unpack(left);
  const values = right.type === 'expression_list' || right.type === 'tuple' || right.type === 'list' ? right.namedChildren : [];
  if (targets.length > 1 && values.length === targets.length) {
    let next = env;
    targets.forEach((t, i) => (next = bind(next, t, exprTaints(file, values[i]!, env, budget), weak, budget)));
    return next;
  }
  const taints = exprTaints(file, right, env, budget);
  let next = env;
  for (const t of targets) next = bind(next, t, taints, weak, budget);
  return next;
}

/** The targets of `a, (b, c) = ...` one level deep (`a`, `(b, c)`), or the target itself. */
function unpack(left: SyntaxNode): SyntaxNode[] {
  if (left.type === 'pattern_list' || left.type === 'tuple_pattern' || left.type === 'list_pattern') {
    return left.namedChildren.filter((c) => c.type !== 'comment');
  }
  return [left];
}

/** Binds one target: a name or `self.x` is replaced (or added to when `weak`); `d[k] = v` taints `d`. */
function bind(env: Env, target: SyntaxNode, taints: readonly Taint[], weak: boolean, budget: Budget): Env {
  let key = target.text;
  if (target.type === 'subscript') {
    key = target.childForFieldName('value')?.text ?? key;
    weak = true;
  } else if (target.type === 'list_splat_pattern') {
    key = target.namedChildren[0]?.text ?? key;
  } else if (target.type !== 'identifier' && target.type !== 'attribute') {
    let next = env;
    for (const inner of unpack(target)) if (inner.id !== target.id) next = bind(next, inner, taints, weak, budget);
    return next;
  }
  const step = { name: key, line: target.startPosition.row + 1 };
  const stepped = taints.map((t) => (t.steps.at(-1)?.name === key ? t : { ...t, steps: [...t.steps, step].slice(-MAX_STEPS) }));
  const merged: Taint[] = weak ? [...(env.get(key) ?? [])] : [];
  for (const t of stepped) push(merged, t);
  if (weak && taints.length === 0) return env;
  budget.used += env.size;
  const next = new Map(env);
  if (merged.length === 0) next.delete(key);
  else next.set(key, merged);
  return next;
}
