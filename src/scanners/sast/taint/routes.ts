import type { SyntaxNode } from '../engine/walk.js';
import { ROUTE_DECORATORS, SAFE_ROUTE_CONVERTERS } from './sources.js';
import type { Env, Taint } from './types.js';

/** A URL part in a route rule (`<path:name>`); also the pre-check in user-input.ts. */
export const URL_PART = /<(?:([A-Za-z_]\w*)(?:\([^)]*\))?:)?([A-Za-z_]\w*)>/g;

/**
 * Parameters bound from the URL by a route decorator (`@app.route('/files/<path:name>')` taints `name`);
 * parts with a numeric converter (`<int:id>`) are not user text.
 */
export function routeParameters(fn: SyntaxNode): Env {
  const env = new Map<string, Taint[]>();
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : undefined;
  if (!decorated) return env;
  const params = new Set(
    (fn.childForFieldName('parameters')?.namedChildren ?? []).map((p) => (p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text ?? p.namedChildren[0]?.text)),
  );
  for (const decorator of decorated.namedChildren.filter((c) => c.type === 'decorator')) {
    const call = decorator.namedChildren[0];
    if (call?.type !== 'call') continue;
    const fnExpr = call.childForFieldName('function');
    const method = fnExpr?.type === 'attribute' ? fnExpr.childForFieldName('attribute')?.text : undefined;
    if (!method || !ROUTE_DECORATORS.has(method)) continue;
    const rule = call.childForFieldName('arguments')?.namedChildren[0];
    if (rule?.type !== 'string') continue;
    for (const [, converter, name] of rule.text.matchAll(URL_PART)) {
      if (!name || !params.has(name) || (converter && SAFE_ROUTE_CONVERTERS.has(converter))) continue;
      env.set(name, [{ source: `route parameter <${converter ? `${converter}:` : ''}${name}>`, line: decorator.startPosition.row + 1, steps: [{ name, line: fn.startPosition.row + 1 }] }]);
    }
  }
  return env;
}
