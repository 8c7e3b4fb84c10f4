import type { Confidence } from '../../../core/model.js';
import type { SyntaxNode } from '../engine/walk.js';
import { scopeOf } from './constants.js';
import { moduleFunctions, returnValues } from './summaries.js';
import type { ScriptFile } from './context.js';
import type { ScriptMatch } from './rules/rule.js';

/** A dangerous JavaScript call as data, like the Python `SinkSpec`: names, methods, which argument, sanitizers. */
export interface ScriptSinkSpec {
  /** Qualified names after import/require resolution, e.g. `child_process.exec`. */
  calls: readonly string[];
  /** Method names matched on any receiver, e.g. `query`. */
  methods?: readonly string[];
  /** Index of the argument that carries the dangerous input. */
  arg: number;
  sanitizers?: readonly string[];
  /** Further condition on the call, e.g. `{ shell: true }`. */
  when?: (file: ScriptFile, call: SyntaxNode) => boolean;
  /** Further condition on the argument, e.g. "built by concatenation". */
  argWhen?: (file: ScriptFile, arg: SyntaxNode) => boolean;
}

export interface ScriptSinkHit {
  call: SyntaxNode;
  arg: SyntaxNode;
  sink: ScriptSinkSpec;
}

export function scriptSinkCalls(file: ScriptFile, sinks: readonly ScriptSinkSpec[]): ScriptSinkHit[] {
  const hits: ScriptSinkHit[] = [];
  for (const sink of sinks) {
    for (const call of file.calls(sink.calls, sink.methods)) {
      const arg = file.arg(call, sink.arg);
      if (!arg || (sink.when && !sink.when(file, call)) || (sink.argWhen && !sink.argWhen(file, arg))) continue;
      hits.push({ call, arg, sink });
    }
  }
  return hits.sort((a, b) => a.call.startIndex - b.call.startIndex);
}

/**
 * Sink calls whose input is not constant. Request data in the argument (directly or through a local)
 * raises the confidence to high; otherwise the rule's own (medium) confidence stands.
 */
export function nonConstantScriptSinks(file: ScriptFile, sinks: readonly ScriptSinkSpec[], unknown: Confidence = 'medium'): ScriptMatch[] {
  return scriptSinkCalls(file, sinks)
    .filter((h) => !file.isFixed(h.arg, h.sink.sanitizers))
    .map((h) => ({ node: h.call, confidence: file.taint(h.arg) ? 'high' : unknown }));
}

/** Sink calls whose input holds request data (`req.query` …), directly or through a local. */
export function taintedScriptSinks(file: ScriptFile, sinks: readonly ScriptSinkSpec[]): ScriptMatch[] {
  return scriptSinkCalls(file, sinks)
    .filter((h) => !file.isConstant(h.arg, h.sink.sanitizers) && file.taint(h.arg, h.sink.sanitizers) !== undefined)
    .map((h) => ({ node: h.call }));
}

/**
 * A string built at run time, a local bound to one in the same or an enclosing function
 * (`const sql = 'SELECT … ' + id; db.query(sql)`), or a call of a module function that returns one.
 */
export function isBuiltStringValue(file: ScriptFile, node: SyntaxNode): boolean {
  if (isBuiltString(node)) return true;
  const callee = node.type === 'call_expression' ? node.childForFieldName('function') : null;
  const fn = callee?.type === 'identifier' ? moduleFunctions(file).get(callee.text) : undefined;
  if (fn) return returnValues(fn).some(isBuiltString);
  if (node.type !== 'identifier') return false;
  const scopes = new Set<number>();
  for (let s = scopeOf(node); s; s = scopeOf(s)) scopes.add(s.id);
  return file.declarationsOf(node.text).some((d) => {
    if (d.node.startIndex > node.startIndex) return false;
    const scope = scopeOf(d.node);
    return scope !== null && scopes.has(scope.id) && isBuiltString(d.value);
  });
}

/** A template literal with substitutions or a `+` concatenation involving a string. */
export function isBuiltString(node: SyntaxNode | undefined): boolean {
  if (!node) return false;
  if (['parenthesized_expression', 'non_null_expression', 'as_expression', 'satisfies_expression'].includes(node.type)) {
    return isBuiltString(node.namedChildren[0]);
  }
  if (node.type === 'template_string') return node.namedChildren.some((c) => c.type === 'template_substitution');
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.type === '+') {
    const l = node.childForFieldName('left');
    const r = node.childForFieldName('right');
    const stringy = (n: SyntaxNode | null) => !!n && (n.type === 'string' || n.type === 'template_string' || isBuiltString(n));
    return stringy(l) || stringy(r);
  }
  return false;
}
