import type { SyntaxNode } from '../engine/walk.js';
import type { Guard } from './guards.js';
import { MAX_STEPS, type Taint } from './types.js';

/**
 * What an allow-list `if` does to the names it guards, as events in the scope's event order:
 * - `save` remembers what the names held before the test;
 * - `enter` starts the branch where the names are allowed: their taints are cleaned (dropped, or marked);
 * - `leave` ends that branch: the names hold what the branch left plus what they held before (or only the
 *   latter when the branch always exits);
 * - `drop` is where only allowed values go on: the taints saved before the test are cleaned.
 */
export interface GuardOp {
  op: 'save' | 'enter' | 'leave' | 'drop';
  key: string;
  guards: Guard[];
  line: number;
  exits?: boolean;
}

export type GuardsWhen = (condition: SyntaxNode, truth: boolean) => Guard[];

/**
 * The guard events of an `if` statement with their offsets (half-way between tokens, so that they sort
 * before or after the events of the code they bracket):
 * `if x in A: <safe> [else: <exits>]` and `if x not in A: <exits or rebinds x> [elif/else: <safe>]`.
 */
export function ifGuardEvents(node: SyntaxNode, guardsWhen: GuardsWhen): { at: number; guard: GuardOp }[] {
  const condition = node.childForFieldName('condition');
  const body = node.childForFieldName('consequence');
  if (!condition || !body) return [];
  const alternatives = node.childrenForFieldName('alternative');
  const line = condition.startPosition.row + 1;
  const out: { at: number; guard: GuardOp }[] = [];
  const inside = guardsWhen(condition, true);
  if (inside.length > 0) {
    const key = `${node.id}:in`;
    out.push({ at: body.startIndex - 0.5, guard: { op: 'enter', key, guards: inside, line } });
    out.push({ at: body.endIndex + 0.5, guard: { op: 'leave', key, guards: inside, line, exits: exits(body) } });
    const only = alternatives.length === 1 ? alternatives[0]!.childForFieldName('body') : null;
    if (only && alternatives[0]!.type === 'else_clause' && exits(only)) out.push({ at: node.endIndex + 0.5, guard: { op: 'drop', key, guards: inside, line } });
  }
  const outside = guardsWhen(condition, false);
  if (outside.length > 0) {
    const key = `${node.id}:out`;
    out.push({ at: condition.startIndex - 0.5, guard: { op: 'save', key, guards: outside, line } });
    const first = alternatives[0];
    if (first) out.push({ at: first.startIndex - 0.5, guard: { op: 'drop', key, guards: outside, line } });
    const settled = exits(body) || outside.every((g) => rebinds(body, g.name));
    if (!first && settled) out.push({ at: node.endIndex + 0.5, guard: { op: 'drop', key, guards: outside, line } });
    if (first && !settled) out.push({ at: node.endIndex + 0.5, guard: { op: 'leave', key, guards: outside, line, exits: false } });
  }
  return out;
}

const EXIT_STATEMENTS = new Set(['return_statement', 'raise_statement', 'continue_statement', 'break_statement']);
const EXIT_CALL = /(?:^|\.)(?:abort|exit|_exit)$/;

/** Does the block always leave: its last statement returns, raises, continues, breaks or calls `abort()`/`sys.exit()`? */
export function exits(block: SyntaxNode): boolean {
  const last = block.namedChildren.filter((c) => c.type !== 'comment').at(-1);
  if (!last) return false;
  if (EXIT_STATEMENTS.has(last.type)) return true;
  const call = last.type === 'expression_statement' ? last.namedChildren[0] : undefined;
  return call?.type === 'call' && EXIT_CALL.test(call.childForFieldName('function')?.text ?? '');
}

/** Does a statement of the block itself (not nested) bind `name` again (`x = "default"`)? */
function rebinds(block: SyntaxNode, name: string): boolean {
  return block.namedChildren.some((s) => {
    const a = s.type === 'expression_statement' ? s.namedChildren[0] : undefined;
    return a?.type === 'assignment' && a.childForFieldName('left')?.text === name;
  });
}

type MutableEnv = Map<string, Taint[]>;

/** Applies one guard event to the environment; `saved` holds what `save`/`enter` remembered, by key. */
export function applyGuard(env: MutableEnv, op: GuardOp, saved: Map<string, Map<string, Taint[]>>): void {
  const names = [...new Set(op.guards.map((g) => g.name))];
  if (op.op === 'save' || op.op === 'enter') {
    const before = new Map(names.map((n) => [n, env.get(n) ?? []]));
    saved.set(op.key, before);
    if (op.op === 'enter') for (const n of names) set(env, n, cleaned(before.get(n)!, op.guards, n, op.line));
    return;
  }
  const before = saved.get(op.key);
  if (!before) return;
  for (const n of names) {
    const held = before.get(n) ?? [];
    const now = env.get(n) ?? [];
    if (op.op === 'leave') set(env, n, op.exits ? held : union(now, held));
    else set(env, n, [...now.filter((t) => !held.includes(t)), ...cleaned(held, op.guards, n, op.line)]);
  }
}

/** The environment with the guarded names' taints cleaned (for one branch of `a if cond else b`). */
export function narrowed(env: ReadonlyMap<string, readonly Taint[]>, guards: readonly Guard[], line: number): ReadonlyMap<string, readonly Taint[]> {
  const names = [...new Set(guards.map((g) => g.name))].filter((n) => env.has(n));
  if (names.length === 0) return env;
  const out = new Map(env as Map<string, Taint[]>);
  for (const n of names) set(out, n, cleaned(env.get(n)!, guards, n, line));
  return out;
}

/**
 * The taints of `name` after passing the guards on it: none when one of them is a plain allow-list,
 * else each marked with the guards' notes (where a mark's condition holds).
 */
function cleaned(taints: readonly Taint[], guards: readonly Guard[], name: string, line: number): Taint[] {
  const marks = guards.filter((g) => g.name === name).map((g) => g.mark);
  if (marks.some((m) => m === undefined)) return [];
  return taints.map((t) => {
    const notes = marks.filter((m) => !m!.after || t.steps.some((s) => m!.after!.includes(s.name))).map((m) => ({ name: m!.note, line }));
    return notes.length === 0 ? t : { ...t, steps: [...t.steps, ...notes].slice(-MAX_STEPS) };
  });
}

function union(a: readonly Taint[], b: readonly Taint[]): Taint[] {
  return [...a, ...b.filter((t) => !a.includes(t))];
}

function set(env: MutableEnv, name: string, taints: Taint[]): void {
  if (taints.length === 0) env.delete(name);
  else env.set(name, taints);
}
