import { everyDescendant, type SyntaxNode } from '../engine/walk.js';
import { patternNames, scopeOf } from './constants.js';

/** Request data in Express/Koa handlers: `req.query`, `req.body.x`, `req.get('h')`, `ctx.request.body` … */
const REQUEST_SOURCE =
  /^(?:req|request)\s*\??\.\s*(?:query|body|params|cookies|signedCookies|headers|files?|url|originalUrl|path|hostname|ip|param|get|header)\b|^ctx\s*\.\s*(?:request\s*\.\s*)?(?:query|body|params|headers|cookies|url|path|querystring)\b/;

export type Taint = 'request' | 'flow';

/** Is this the text of an expression reading request data directly? */
export function isRequestSource(text: string): boolean {
  return REQUEST_SOURCE.test(text);
}

/**
 * Local names that hold request data, per scope: `const id = req.query.id`, `const { q } = req.body`,
 * `let url; url = '/x' + req.params.p`. One pass in document order, so chains of variables follow.
 */
export function taintedNames(bindings: readonly { name: SyntaxNode; value: SyntaxNode }[]): Map<number, Set<string>> {
  const byScope = new Map<number, Set<string>>();
  for (const { name, value } of bindings) {
    if (!reachesRequest(value, byScope)) continue;
    const scope = scopeOf(name);
    const key = scope?.id ?? -1;
    let set = byScope.get(key);
    if (!set) byScope.set(key, (set = new Set()));
    for (const n of name.type === 'identifier' ? [name.text] : patternNames(name)) set.add(n);
  }
  return byScope;
}

/** The taint of an expression: request data read directly in it, through a tainted local, or none. */
export function taintOf(node: SyntaxNode, byScope: ReadonlyMap<number, ReadonlySet<string>>): Taint | undefined {
  let found: Taint | undefined;
  everyDescendant(node, (n) => {
    const type = n.type;
    if ((type === 'member_expression' || type === 'subscript_expression') && isRequestSource(n.text)) {
      found = 'request';
      return false;
    }
    if (type === 'identifier' && !found && isTaintedName(n.node(), byScope)) found = 'flow';
    return true;
  });
  return found;
}

function reachesRequest(value: SyntaxNode, byScope: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  return taintOf(value, byScope) !== undefined;
}

function isTaintedName(id: SyntaxNode, byScope: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  if (byScope.size === 0) return false;
  const parent = id.parent;
  // `x.y` — only the head is a variable read; `{ x: v }` keys are not reads.
  if (parent?.type === 'member_expression' && parent.childForFieldName('property')?.id === id.id) return false;
  for (let scope = scopeOf(id); scope; scope = scopeOf(scope)) {
    if (byScope.get(scope.id)?.has(id.text)) return true;
  }
  return byScope.get(-1)?.has(id.text) ?? false;
}
