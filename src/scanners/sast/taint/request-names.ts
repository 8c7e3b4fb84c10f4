import type { PythonFile } from '../engine/python/context.js';
import { closestAncestor, type SyntaxNode } from '../engine/walk.js';
import { parameterNames } from './analysis.js';

const paramsMemo = new WeakMap<PythonFile, Map<number, Set<string>>>();

/**
 * The qualified name of a dotted expression as the taint engine reads sources: like `file.nameOf`, but
 * a function parameter shadows an import of the same name. A Django view `def view(request)` in a file
 * that also has `from flask import request` reads `request.GET`, not `flask.request.GET`.
 */
export function sourceNameOf(file: PythonFile, node: SyntaxNode): string | undefined {
  const name = file.nameOf(node);
  if (name === undefined) return undefined;
  const head = node.text.slice(0, node.text.search(/[\s.]|$/));
  if (name.startsWith(`${head}.`) || name === head) return name;
  return shadowed(file, node, head) ? node.text.replace(/\s+/g, '') : name;
}

function shadowed(file: PythonFile, node: SyntaxNode, head: string): boolean {
  const fn = closestAncestor(node, ['function_definition', 'lambda']);
  if (!fn || fn.type === 'lambda') return false;
  let byFn = paramsMemo.get(file);
  if (!byFn) paramsMemo.set(file, (byFn = new Map()));
  let params = byFn.get(fn.id);
  if (!params) byFn.set(fn.id, (params = new Set(parameterNames(fn))));
  return params.has(head);
}
