import { boundNames } from '../engine/python/constants.js';
import type { PythonFile } from '../engine/python/context.js';
import { closestAncestor, type SyntaxNode } from '../engine/walk.js';
import { exprTaints, push, type Budget } from './evaluate.js';
import { isConstantFalse } from './dead.js';
import { applyGuard } from './guard-flow.js';
import { guardsWhen } from './guards.js';
import { mutationOf } from './mutations.js';
import { routeParameters } from './routes.js';
import { scopeEvents, type FlowEvent } from './scope.js';
import { MAX_STEPS, type Env, type Taint } from './types.js';

/** Work allowed per scope (nodes visited plus names copied): a huge generated function stops here. */
export const MAX_SCOPE_WORK = 200_000;

export interface ScopeTaint {
  /** The environment in effect at each call of the scope, by node id. */
  envAtCall: Map<number, Env>;
  /** Names bound in the scope's own code (assignments, loops, walrus; not parameters) → the values bound. */
  locals: Map<string, SyntaxNode[]>;
  /** The function's parameters: inputs of unknown origin. */
  params: Set<string>;
  budget: Budget;
  /** The work limit was reached; calls after that point have no environment (nothing is reported there). */
  exhausted: boolean;
}

const SCOPES = ['function_definition'];
const memo = new WeakMap<PythonFile, Map<number, ScopeTaint>>();

/** The taint analysis of the scope (function or module) holding `node`, computed once per file and scope. */
export function scopeTaintOf(file: PythonFile, node: SyntaxNode): ScopeTaint {
  const scope = closestAncestor(node, SCOPES) ?? file.tree.rootNode;
  let byScope = memo.get(file);
  if (!byScope) memo.set(file, (byScope = new Map()));
  let result = byScope.get(scope.id);
  if (!result) byScope.set(scope.id, (result = analyseScope(file, scope)));
  return result;
}

/** The taints reaching `expr`, an expression inside (an argument of) `call`. */
export function taintsAt(file: PythonFile, call: SyntaxNode, expr: SyntaxNode): Taint[] {
  const env = scopeTaintOf(file, call).envAtCall.get(call.id);
  if (!env) return [];
  return exprTaints(file, expr, env, { used: 0, limit: MAX_SCOPE_WORK });
}

type MutableEnv = Map<string, Taint[]>;
const NOTHING: Env = new Map();

export interface ScopeOptions {
  /** The environment on entry (default: the route parameters of a view function). */
  initial?: Env;
  /** Called with the taints of each returned value (summaries). */
  onReturn?: (taints: Taint[]) => void;
}

/**
 * Runs the scope's events in order over one environment, keeping a copy for each call (copied only when
 * something changed since the last call). Branch bodies add to what a name held; straight-line code
 * replaces it. A loop is run twice so that values assigned late in its body reach uses early in it.
 */
export function analyseScope(file: PythonFile, scope: SyntaxNode, limit = MAX_SCOPE_WORK, options: ScopeOptions = {}): ScopeTaint {
  const budget: Budget = { used: 0, limit };
  const { events } = scopeEvents(scope, (condition) => isConstantFalse(file, condition), (condition, truth) => guardsWhen(file, condition, truth));
  const initial = options.initial ?? (scope.type === 'function_definition' ? routeParameters(scope) : new Map());
  const env: MutableEnv = new Map(initial as Map<string, Taint[]>);
  const envAtCall = new Map<number, Env>();
  const saved = new Map<string, Map<string, Taint[]>>();
  let snapshot: Env | undefined;
  const run = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      if (budget.used > budget.limit) return;
      const event = events[i]!;
      if (event.dead) {
        if (event.kind === 'call') envAtCall.set(event.node.id, NOTHING);
      } else if (event.kind === 'call') {
        if (!snapshot) {
          budget.used += env.size;
          snapshot = new Map(env);
        }
        envAtCall.set(event.node.id, snapshot);
        const mutation = mutationOf(event.node);
        if (mutation && bind(env, mutation.target, mutation.values.flatMap((v) => exprTaints(file, v, env, budget)), true)) snapshot = undefined;
      } else if (event.kind === 'guard') {
        applyGuard(env, event.guard!, saved);
        snapshot = undefined;
      } else if (event.kind === 'return') {
        const value = event.node.namedChildren[0];
        if (value && options.onReturn) options.onReturn(exprTaints(file, value, env, budget));
      } else if (apply(file, event, env, budget)) {
        snapshot = undefined;
      }
    }
  };
  for (let i = 0; i < events.length; ) {
    const loop = events[i]!.loop;
    let end = i + 1;
    if (loop !== undefined) while (end < events.length && events[end]!.loop === loop) end++;
    run(i, end);
    if (loop !== undefined) run(i, end);
    i = end;
  }
  const locals = new Map<string, SyntaxNode[]>();
  for (const e of events) {
    const mutation = e.kind === 'call' ? mutationOf(e.node) : undefined;
    if (mutation?.target.type === 'identifier') locals.set(mutation.target.text, [...(locals.get(mutation.target.text) ?? []), ...mutation.values]);
    if (e.kind === 'call' || e.kind === 'return' || e.kind === 'guard') continue;
    const target = e.node.childForFieldName(e.kind === 'walrus' ? 'name' : 'left');
    const value = e.node.childForFieldName(e.kind === 'walrus' ? 'value' : 'right');
    if (!target || !value) continue;
    for (const name of boundNames(target)) locals.set(name, [...(locals.get(name) ?? []), value]);
  }
  const params = new Set(parameterNames(scope));
  return { envAtCall, locals, params, budget, exhausted: budget.used > budget.limit };
}

/** Applies one binding event; true when the environment changed. */
function apply(file: PythonFile, event: FlowEvent, env: MutableEnv, budget: Budget): boolean {
  const { node } = event;
  const field = (name: string) => node.childForFieldName(name);
  const [left, right] = event.kind === 'walrus' ? [field('name'), field('value')] : [field('left'), field('right')];
  if (!left || !right) return false;
  if (event.kind === 'augment') return bind(env, left, exprTaints(file, right, env, budget), true);
  const weak = event.conditional;
  const targets = unpack(left);
  const values = right.type === 'expression_list' || right.type === 'tuple' || right.type === 'list' ? right.namedChildren : [];
  if (targets.length > 1 && values.length === targets.length) {
    const taints = values.map((v) => exprTaints(file, v, env, budget));
    return targets.map((t, i) => bind(env, t, taints[i]!, weak)).some(Boolean);
  }
  const taints = exprTaints(file, right, env, budget);
  return targets.map((t) => bind(env, t, taints, weak)).some(Boolean);
}

/** The targets of `a, (b, c) = ...` one level deep (`a`, `(b, c)`), or the target itself. */
function unpack(left: SyntaxNode): SyntaxNode[] {
  if (left.type === 'pattern_list' || left.type === 'tuple_pattern' || left.type === 'list_pattern') {
    return left.namedChildren.filter((c) => c.type !== 'comment');
  }
  return [left];
}

/** Binds one target: a name or `self.x` is replaced (or added to when `weak`); `d[k] = v` taints `d`. */
function bind(env: MutableEnv, target: SyntaxNode, taints: readonly Taint[], weak: boolean): boolean {
  let key = target.text;
  if (target.type === 'subscript') {
    key = target.childForFieldName('value')?.text ?? key;
    weak = true;
  } else if (target.type === 'list_splat_pattern') {
    key = target.namedChildren[0]?.text ?? key;
  } else if (target.type !== 'identifier' && target.type !== 'attribute') {
    const inner = unpack(target).filter((t) => t.id !== target.id);
    return inner.map((t) => bind(env, t, taints, weak)).some(Boolean);
  }
  const held = env.get(key);
  if (taints.length === 0) {
    if (weak || !held) return false;
    env.delete(key);
    return true;
  }
  const step = { name: key, line: target.startPosition.row + 1 };
  const merged: Taint[] = weak && held ? [...held] : [];
  for (const t of taints) push(merged, t.steps.at(-1)?.name === key ? t : { ...t, steps: [...t.steps, step].slice(-MAX_STEPS) });
  env.set(key, merged);
  return true;
}

/** Parameter names of a function (none for the module). */
export function parameterNames(fn: SyntaxNode): string[] {
  return (fn.childForFieldName('parameters')?.namedChildren ?? [])
    .map((p) => (p.type === 'identifier' ? p.text : (p.childForFieldName('name') ?? p.namedChildren[0])?.text))
    .filter((p): p is string => p !== undefined && p.length > 0);
}
