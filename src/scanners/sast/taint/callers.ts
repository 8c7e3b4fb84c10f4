import type { PythonFile } from '../engine/python/context.js';
import { closestAncestor, type SyntaxNode } from '../engine/walk.js';
import { taintsAt } from './analysis.js';
import { exprTaints, push } from './evaluate.js';
import { enclosingModuleFunction, PARAM, summaryOf } from './summaries.js';
import { MAX_STEPS, type Taint } from './types.js';

/**
 * Taint that reaches `expr` (an argument of `call`) through a parameter of the module function holding
 * the call, from the places in the module that call that function with user input: `def back_to(url):
 * return redirect(url)` called as `back_to(request.args["back"])`. One level of callers.
 */
export function taintsFromCallers(file: PythonFile, call: SyntaxNode, expr: SyntaxNode): Taint[] {
  const fn = closestAncestor(call, ['function_definition']);
  const name = fn ? enclosingModuleFunction(file, fn) : undefined;
  const summary = name !== undefined ? summaryOf(file, name) : undefined;
  const env = summary?.scope?.envAtCall.get(call.id);
  if (!summary || !env || !name) return [];
  const markers = exprTaints(file, expr, env, { used: 0, limit: 50_000 }).filter((t) => t.source.startsWith(PARAM));
  const found: Taint[] = [];
  for (const marker of markers) {
    const param = marker.source.slice(PARAM.length);
    const index = summary.params.indexOf(param);
    for (const site of file.nodes('call')) {
      if (file.callName(site) !== name || closestAncestor(site, ['function_definition'])?.id === fn?.id) continue;
      const args = file.args(site);
      const arg = args.keywords.get(param) ?? args.positional[index];
      if (!arg) continue;
      const into = { name: `${name}()`, line: site.startPosition.row + 1 };
      for (const t of taintsAt(file, site, arg)) push(found, { ...t, steps: [...t.steps, into, ...marker.steps].slice(-MAX_STEPS) });
    }
  }
  return found;
}
