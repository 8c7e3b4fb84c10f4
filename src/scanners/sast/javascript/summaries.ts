import { descendantsOfType, type SyntaxNode } from '../engine/walk.js';
import { patternNames, scopeOf } from './constants.js';
import type { ScriptFile } from './context.js';
import { taintedNames, taintOf, type Taint, type TaintedNames } from './taint.js';

/** What a module function's return value carries: request data it reads itself, and which parameters reach it. */
export interface ScriptSummary {
  fn: SyntaxNode;
  returnsRequest: boolean;
  /** Indexes of the parameters whose value reaches a `return`. */
  flowing: Set<number>;
  /** Per parameter index, the names in the function that hold (something derived from) that parameter. */
  fromParam: Map<number, TaintedNames>;
}

interface ModuleFacts {
  functions: Map<string, SyntaxNode>;
  summaries: Map<string, ScriptSummary | 'pending'>;
}

const memo = new WeakMap<ScriptFile, ModuleFacts>();
const MAX_PARAMS = 8;

/** Functions declared at the top level: `function f() {}`, `export function f() {}`, `const f = (a) => …`. */
export function moduleFunctions(file: ScriptFile): Map<string, SyntaxNode> {
  return facts(file).functions;
}

/** The summary of a module function, computed once; undefined while it is being computed (recursion). */
export function summaryOf(file: ScriptFile, name: string): ScriptSummary | undefined {
  const { functions, summaries } = facts(file);
  const known = summaries.get(name);
  if (known === 'pending') return undefined;
  if (known) return known;
  const fn = functions.get(name);
  if (!fn) return undefined;
  summaries.set(name, 'pending');
  const summary = summarise(file, fn);
  summaries.set(name, summary);
  return summary;
}

/**
 * Taint reaching `arg` of a sink inside a module function through one of its parameters, from the calls
 * of that function elsewhere in the module (one level of callers): `function run(cmd) { exec(cmd) }`
 * called as `run(req.query.c)`.
 */
export function taintFromCallers(file: ScriptFile, arg: SyntaxNode, global: TaintedNames): Taint | undefined {
  const fn = scopeOf(arg);
  const { functions } = facts(file);
  const name = fn ? [...functions].find(([, f]) => f.id === fn.id)?.[0] : undefined;
  const summary = name !== undefined ? summaryOf(file, name) : undefined;
  if (!summary || !name) return undefined;
  for (const [index, names] of summary.fromParam) {
    if (!taintOf(file, arg, names)) continue;
    for (const site of file.allCalls()) {
      const callee = site.childForFieldName('function');
      if (callee?.type !== 'identifier' || callee.text !== name || scopeOf(site)?.id === fn!.id) continue;
      const value = file.args(site).positional[index];
      if (value && taintOf(file, value, global)) return 'flow';
    }
  }
  return undefined;
}

function facts(file: ScriptFile): ModuleFacts {
  let f = memo.get(file);
  if (!f) memo.set(file, (f = { functions: topLevelFunctions(file.tree.rootNode), summaries: new Map() }));
  return f;
}

const FUNCTION_VALUES = new Set(['arrow_function', 'function_expression', 'function']);

function topLevelFunctions(program: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const top of program.namedChildren) {
    const stmt = top.type === 'export_statement' ? (top.childForFieldName('declaration') ?? top.namedChildren[0]) : top;
    if (!stmt) continue;
    if (stmt.type === 'function_declaration') {
      const name = stmt.childForFieldName('name')?.text;
      if (name) out.set(name, stmt);
    } else if (stmt.type === 'lexical_declaration' || stmt.type === 'variable_declaration') {
      for (const d of stmt.namedChildren.filter((c) => c.type === 'variable_declarator')) {
        const name = d.childForFieldName('name');
        const value = d.childForFieldName('value');
        if (name?.type === 'identifier' && value && FUNCTION_VALUES.has(value.type)) out.set(name.text, value);
      }
    }
  }
  return out;
}

function summarise(file: ScriptFile, fn: SyntaxNode): ScriptSummary {
  const bindings = file.bindings().filter((b) => b.name.startIndex >= fn.startIndex && b.name.endIndex <= fn.endIndex);
  const returns = returnValues(fn);
  const own = taintedNames(file, bindings);
  const summary: ScriptSummary = { fn, returnsRequest: returns.some((r) => taintOf(file, r, own) !== undefined), flowing: new Set(), fromParam: new Map() };
  parameterNames(fn).forEach((names, index) => {
    if (index >= MAX_PARAMS || names.length === 0) return;
    const fromParam = taintedNames(file, bindings, new Map([[fn.id, new Set(names)]]));
    summary.fromParam.set(index, fromParam);
    if (returns.some((r) => taintOf(file, r, fromParam) !== undefined)) summary.flowing.add(index);
  });
  return summary;
}

/** Names each parameter binds, by position (`(a, { b, c }) =>` → `[[a], [b, c]]`). */
function parameterNames(fn: SyntaxNode): string[][] {
  const single = fn.childForFieldName('parameter');
  if (single) return [patternNames(single)];
  return (fn.childForFieldName('parameters')?.namedChildren ?? []).filter((p) => p.type !== 'comment').map((p) => patternNames(p));
}

/** The values the function returns: its `return` expressions (not nested functions'), or an arrow's expression body. */
export function returnValues(fn: SyntaxNode): SyntaxNode[] {
  const body = fn.childForFieldName('body');
  if (body && body.type !== 'statement_block') return [body];
  return descendantsOfType(fn, ['return_statement'])
    .filter((r) => scopeOf(r)?.id === fn.id)
    .map((r) => r.namedChildren[0])
    .filter((v): v is SyntaxNode => v !== undefined);
}
