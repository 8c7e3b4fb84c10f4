import { everyDescendant, type SyntaxNode } from '../engine/walk.js';
import { patternNames, scopeOf } from './constants.js';
import type { ScriptFile } from './context.js';
import { isConstantCollection, isGuarded } from './guards.js';
import { moduleFunctions, summaryOf } from './summaries.js';

/** Request data in Express/Koa handlers: `req.query`, `req.body.x`, `req.get('h')`, `ctx.request.body` … */
const REQUEST_READ = String.raw`(?:req|request)\s*\??\.\s*(?:query|body|params|cookies|signedCookies|headers|files?|url|originalUrl|path|hostname|ip|param|get|header)\b|ctx\s*\.\s*(?:request\s*\.\s*)?(?:query|body|params|headers|cookies|url|path|querystring)\b`;
const REQUEST_SOURCE = new RegExp(`^(?:${REQUEST_READ})`);
/** The same reads anywhere in a file's text: every expression the engine takes for a source is one. */
const REQUEST_READ_IN_TEXT = new RegExp(REQUEST_READ);

export type Taint = 'request' | 'flow';

/** Names holding a taint, per scope node id (-1: the program). */
export type TaintedNames = ReadonlyMap<number, ReadonlySet<string>>;

export interface Binding {
  name: SyntaxNode;
  value: SyntaxNode;
}

/** Is this the text of an expression reading request data directly? */
export function isRequestSource(text: string): boolean {
  return REQUEST_SOURCE.test(text);
}

/**
 * Can request data reach anything in this text? When not, every taint is empty: the names a file's
 * bindings taint, its functions' summaries and their callers all start from a source read.
 */
export function mayHoldRequestData(text: string): boolean {
  return REQUEST_READ_IN_TEXT.test(text);
}

/**
 * Local names that hold a taint, per scope: `const id = req.query.id`, `const { q } = req.body`,
 * `let url; url = '/x' + req.params.p`. One pass in document order, so chains of variables follow.
 * `seed` adds names tainted from the start (a function's parameters, for its summary).
 */
export function taintedNames(file: ScriptFile, bindings: readonly Binding[], seed: TaintedNames = new Map()): Map<number, Set<string>> {
  const byScope = new Map<number, Set<string>>([...seed].map(([k, v]) => [k, new Set(v)]));
  for (const { name, value } of bindings) {
    if (taintOf(file, value, byScope) === undefined) continue;
    const key = scopeOf(name)?.id ?? -1;
    let set = byScope.get(key);
    if (!set) byScope.set(key, (set = new Set()));
    for (const n of name.type === 'identifier' ? [name.text] : patternNames(name)) set.add(n);
  }
  return byScope;
}

/**
 * The taint of an expression: request data read directly in it, through a tainted local, or through a
 * call of a module function that returns it (its summary); none where an allow-list check guards the
 * read (`ALLOWED.includes(x)`), in a constant lookup (`COLUMNS[x]`), or in a module function's call
 * whose tainted arguments never reach its return. Calls to `sanitizers` (the sink's) end the taint.
 */
export function taintOf(file: ScriptFile, node: SyntaxNode, byScope: TaintedNames, sanitizers: readonly string[] = []): Taint | undefined {
  let found: Taint | undefined;
  everyDescendant(node, (n) => {
    const type = n.type;
    if ((type === 'member_expression' || type === 'subscript_expression') && isRequestSource(n.text)) {
      if (isGuarded(file, n.node(), n.text)) return 'skip';
      found = 'request';
      return false;
    }
    if (type === 'ternary_expression' && nesting < MAX_NESTING) {
      // The condition's own value never flows; each branch is read where it is (allow-list checks apply).
      const branches = ['consequence', 'alternative'].map((f) => n.node().childForFieldName(f));
      nesting++;
      try {
        for (const b of branches) found ??= b ? taintOf(file, b, byScope, sanitizers) : undefined;
      } finally {
        nesting--;
      }
      return found === 'request' ? false : 'skip';
    }
    if (type === 'subscript_expression') {
      const object = n.node().childForFieldName('object');
      return object && isConstantCollection(file, object) ? 'skip' : true;
    }
    if (type === 'call_expression') {
      if (sanitizers.length > 0 && sanitizers.includes(file.callName(n.node()) ?? '')) return 'skip';
      const through = throughSummary(file, n.node(), byScope, sanitizers);
      if (through === 'unknown') return true;
      if (through) found = through;
      return through ? false : 'skip';
    }
    if (type === 'identifier' && !found) {
      const id = n.node();
      if (isTaintedName(id, byScope) && !isGuarded(file, id, id.text)) found = 'flow';
    }
    return true;
  });
  return found;
}

const MAX_NESTING = 16;
let nesting = 0;

/** A call of a module function: tainted when it returns request data or a tainted argument reaches its return. */
function throughSummary(file: ScriptFile, call: SyntaxNode, byScope: TaintedNames, sanitizers: readonly string[]): Taint | undefined | 'unknown' {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'identifier' || !moduleFunctions(file).has(callee.text)) return 'unknown';
  const summary = summaryOf(file, callee.text);
  if (!summary) return 'unknown';
  if (summary.returnsRequest) return 'request';
  const args = file.args(call).positional;
  for (const i of summary.flowing) {
    const arg = args[i];
    if (arg && taintOf(file, arg, byScope, sanitizers)) return 'flow';
  }
  return undefined;
}

function isTaintedName(id: SyntaxNode, byScope: TaintedNames): boolean {
  if (byScope.size === 0) return false;
  const parent = id.parent;
  // `x.y` — only the head is a variable read; `{ x: v }` keys are not reads.
  if (parent?.type === 'member_expression' && parent.childForFieldName('property')?.id === id.id) return false;
  for (let scope = scopeOf(id); scope; scope = scopeOf(scope)) {
    if (byScope.get(scope.id)?.has(id.text)) return true;
  }
  return byScope.get(-1)?.has(id.text) ?? false;
}
