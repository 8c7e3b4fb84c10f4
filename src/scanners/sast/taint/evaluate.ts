import type { PythonFile } from '../engine/python/context.js';
import type { SyntaxNode } from '../engine/walk.js';
import { isConstantContainer, isConstantLookup } from './constant-values.js';
import { narrowed } from './guard-flow.js';
import { guardsWhen } from './guards.js';
import { projectSummaryOf } from './project.js';
import { sourceNameOf } from './request-names.js';
import { summaryOf, type Summary } from './summaries.js';
import { BOOLEAN_EXPRESSIONS, GENERAL_SANITIZERS, isSourceAttribute, LOCAL_SOURCES, SOURCE_CALLS } from './sources.js';
import { MAX_STEPS, MAX_TAINTS_PER_VALUE, type Env, type Step, type Taint } from './types.js';

/** Work done by one analysis, counted in nodes visited; the analysis stops when `used` passes `limit`. */
export interface Budget {
  used: number;
  readonly limit: number;
}

const SKIPPED_FIELDS = new Set(['attribute', 'name', 'type']);

/**
 * The taints that reach the value of `root` under `env`: a tainted name or source anywhere in the
 * expression taints it (f-strings, `%`, `+`, `.format`, `join`, subscripts, containers, attributes, string
 * methods and unknown calls all pass taint on), except under a general sanitizer (`int(...)`) or a
 * comparison. Calls an argument passes through are recorded as steps, so per-sink sanitizers
 * (`shlex.quote`, `os.path.basename`) can be recognised at the sink. Walked with a cursor, no recursion.
 */
export function exprTaints(file: PythonFile, root: SyntaxNode, env: Env, budget: Budget): Taint[] {
  const found: Taint[] = [];
  const cursor = root.walk();
  let depth = 0;
  for (;;) {
    if (++budget.used > budget.limit) return found;
    const enter = visit(file, cursor, depth, env, root, found, budget);
    if (enter && cursor.gotoFirstChild()) {
      depth++;
      continue;
    }
    for (;;) {
      if (depth === 0) return found;
      if (cursor.gotoNextSibling()) break;
      cursor.gotoParent();
      depth--;
    }
  }
}

type Cursor = ReturnType<SyntaxNode['walk']>;

/** Looks at the cursor's node, records any taint it carries; true to walk into its children. */
function visit(file: PythonFile, cursor: Cursor, depth: number, env: Env, root: SyntaxNode, found: Taint[], budget: Budget): boolean {
  if (!cursor.nodeIsNamed) return false;
  if (depth > 0 && SKIPPED_FIELDS.has(cursor.currentFieldName)) return false;
  const type = cursor.nodeType;
  if (BOOLEAN_EXPRESSIONS.has(type)) return false;
  if (type === 'identifier') {
    const held = env.get(cursor.nodeText);
    if (held) addAll(found, held, cursor.currentNode, root, file);
    return false;
  }
  if (type === 'attribute') {
    const held = env.get(cursor.nodeText);
    if (held) {
      addAll(found, held, cursor.currentNode, root, file);
      return false;
    }
    const node = cursor.currentNode;
    const name = sourceNameOf(file, node);
    if (name !== undefined && isSourceAttribute(name)) {
      addSource(found, sourceExpression(node), root, file, LOCAL_SOURCES.has(name));
      return false;
    }
    return true;
  }
  if (type === 'conditional_expression') return !conditionalTaints(file, cursor.currentNode, { env, root, found, budget });
  if (type === 'subscript') {
    // `MAP[x]` of a constant dict or list: whatever `x` is, the value is one of the constants.
    const value = cursor.currentNode.childForFieldName('value');
    return !(value && isConstantContainer(file, value));
  }
  if (type === 'call') {
    const node = cursor.currentNode;
    const name = file.callName(node);
    if (name !== undefined && GENERAL_SANITIZERS.has(name)) return false;
    if (isConstantLookup(file, node)) return false;
    if (name !== undefined && SOURCE_CALLS.includes(name)) {
      addSource(found, node, root, file, LOCAL_SOURCES.has(name));
      return false;
    }
    const summary = name !== undefined && !name.includes('.') ? summaryOf(file, name) : undefined;
    if (summary) {
      throughSummary(file, node, name!, summary, { env, root, found, budget });
      return false;
    }
    const external = name !== undefined ? projectSummaryOf(file, name) : undefined;
    if (external) {
      throughSummary(file, node, name!, { params: external.params, flowing: new Set(external.flowing), sources: [] }, { env, root, found, budget });
      return false;
    }
    return true;
  }
  return type !== 'lambda';
}

/** A call to a summarised module function: the taints of the arguments that reach its return, and its own sources. */
function throughSummary(file: PythonFile, call: SyntaxNode, name: string, summary: Pick<Summary, 'params' | 'flowing' | 'sources'>, at: { env: Env; root: SyntaxNode; found: Taint[]; budget: Budget }): void {
  const { env, root, found, budget } = at;
  const args = file.args(call);
  const line = call.startPosition.row + 1;
  const outer = callsAbove(call, root, file);
  const via = (t: Taint): Taint => ({ ...t, steps: [...t.steps, { name, line }, ...outer].slice(-MAX_STEPS) });
  summary.params.forEach((param, i) => {
    if (!summary.flowing.has(param)) return;
    const arg = args.keywords.get(param) ?? args.positional[i];
    if (!arg) return;
    for (const t of exprTaints(file, arg, env, budget)) push(found, via(t));
  });
  for (const t of summary.sources) push(found, via(t));
}

const MAX_NESTING = 16;
let nesting = 0;

/**
 * `a if cond else b`: the condition's own value never flows, and a branch an allow-list test guards
 * (`x if x in ALLOWED else "default"`) sees the guarded names cleaned. False when too deeply nested:
 * then the expression is walked as a whole.
 */
function conditionalTaints(file: PythonFile, node: SyntaxNode, at: { env: Env; root: SyntaxNode; found: Taint[]; budget: Budget }): boolean {
  const parts = node.namedChildren.filter((c) => c.type !== 'comment');
  if (parts.length !== 3 || nesting >= MAX_NESTING) return false;
  const [then, condition, otherwise] = parts as [SyntaxNode, SyntaxNode, SyntaxNode];
  const line = condition.startPosition.row + 1;
  nesting++;
  try {
    for (const [branch, truth] of [[then, true], [otherwise, false]] as const) {
      const env = narrowed(at.env, guardsWhen(file, condition, truth), line);
      addAll(at.found, exprTaints(file, branch, env, at.budget), node, at.root, file);
    }
  } finally {
    nesting--;
  }
  return true;
}

/** `request.args` read as `request.args['x']` or `request.args.get('x')`: the whole read, for the message. */
function sourceExpression(node: SyntaxNode): SyntaxNode {
  let cur = node;
  for (let i = 0; i < 2; i++) {
    const parent = cur.parent;
    if (!parent || parent.startIndex !== cur.startIndex) break;
    if (parent.type === 'call' || parent.type === 'subscript') return parent;
    if (parent.type !== 'attribute') break;
    cur = parent;
  }
  return node;
}

function addSource(found: Taint[], node: SyntaxNode, root: SyntaxNode, file: PythonFile, local: boolean): void {
  const source = node.text.replace(/\s+/g, ' ').slice(0, 80);
  push(found, { source, line: node.startPosition.row + 1, steps: callsAbove(node, root, file), ...(local && { local }) });
}

function addAll(found: Taint[], held: readonly Taint[], node: SyntaxNode, root: SyntaxNode, file: PythonFile): void {
  const calls = callsAbove(node, root, file);
  for (const t of held) push(found, calls.length === 0 ? t : { ...t, steps: [...t.steps, ...calls].slice(-MAX_STEPS) });
}

/** Qualified names of the calls the value is passed to, as an argument, between `node` and `root`. */
function callsAbove(node: SyntaxNode, root: SyntaxNode, file: PythonFile): Step[] {
  const calls: Step[] = [];
  let cur = node;
  while (cur.id !== root.id) {
    const parent = cur.parent;
    if (!parent) break;
    if (parent.type === 'call' && cur.type === 'argument_list') {
      const name = file.callName(parent);
      if (name !== undefined) calls.push({ name, line: parent.startPosition.row + 1 });
    }
    cur = parent;
  }
  return calls;
}

/** Adds a taint unless the same path is already there; keeps at most MAX_TAINTS_PER_VALUE. */
export function push(found: Taint[], taint: Taint): void {
  if (found.length >= MAX_TAINTS_PER_VALUE) return;
  const key = taintKey(taint);
  if (found.some((t) => taintKey(t) === key)) return;
  found.push(taint);
}

function taintKey(t: Taint): string {
  return `${t.source}|${t.line}|${t.steps.map((s) => s.name).join('>')}`;
}
