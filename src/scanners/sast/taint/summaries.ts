import type { PythonFile } from '../engine/python/context.js';
import type { SyntaxNode } from '../engine/walk.js';
import { analyseScope, MAX_SCOPE_WORK, parameterNames, type ScopeTaint } from './analysis.js';
import type { Taint } from './types.js';

/** What a module function's return value carries: which parameters reach it, and which sources. */
export interface Summary {
  /** Parameter names in order (for positional arguments). */
  params: string[];
  /** Parameters whose value reaches a `return`. */
  flowing: Set<string>;
  /** Sources read in the function that reach a `return` (`def next_url(): return request.args['next']`). */
  sources: Taint[];
  /** The function analysed with marker taints on its parameters (which parameters reach each call). */
  scope?: ScopeTaint;
  fn: SyntaxNode;
}

/** Marks the taint a parameter holds while its function is summarised. */
export const PARAM = '\u0000param:';

interface ModuleSummaries {
  functions: Map<string, SyntaxNode>;
  summaries: Map<string, Summary | 'pending'>;
}

const memo = new WeakMap<PythonFile, ModuleSummaries>();

/**
 * The summary of the module-level function `name`, computed once per file: the function is analysed with
 * each parameter holding a marker taint, and the markers and sources found at its returns are kept. A
 * recursive call (a summary still being computed) has none, so the caller falls back to passing taint on.
 */
export function summaryOf(file: PythonFile, name: string): Summary | undefined {
  return moduleSummaries(file).summaryOf(name);
}

/** Names of the functions defined at the top level of the module. */
export function moduleFunctionNames(file: PythonFile): string[] {
  return [...moduleSummaries(file).functions.keys()];
}

/** The module function a node is in, by name, when it is defined at the top level. */
export function enclosingModuleFunction(file: PythonFile, fn: SyntaxNode): string | undefined {
  const name = fn.childForFieldName('name')?.text;
  return name !== undefined && moduleSummaries(file).functions.get(name)?.id === fn.id ? name : undefined;
}

function moduleSummaries(file: PythonFile): ModuleSummaries & { summaryOf(name: string): Summary | undefined } {
  let module = memo.get(file);
  if (!module) memo.set(file, (module = { functions: moduleFunctions(file), summaries: new Map() }));
  const m = module;
  return { ...m, summaryOf: (name) => computeSummary(file, m, name) };
}

function computeSummary(file: PythonFile, module: ModuleSummaries, name: string): Summary | undefined {
  const known = module.summaries.get(name);
  if (known === 'pending') return undefined;
  if (known) return known;
  const fn = module.functions.get(name);
  if (!fn) return undefined;
  module.summaries.set(name, 'pending');
  const summary = summarise(file, fn);
  module.summaries.set(name, summary);
  return summary;
}

function summarise(file: PythonFile, fn: SyntaxNode): Summary {
  const params = parameterNames(fn);
  const line = fn.startPosition.row + 1;
  const initial = new Map(params.map((p) => [p, [{ source: `${PARAM}${p}`, line, steps: [{ name: p, line }] }]]));
  const summary: Summary = { params, flowing: new Set(), sources: [], fn };
  summary.scope = analyseScope(file, fn, MAX_SCOPE_WORK, {
    initial,
    onReturn: (taints) => {
      for (const t of taints) {
        if (t.source.startsWith(PARAM)) summary.flowing.add(t.source.slice(PARAM.length));
        else if (summary.sources.length < 3) summary.sources.push(t);
      }
    },
  });
  return summary;
}

/** Functions defined at the top level of the module (decorated or not), by name. */
function moduleFunctions(file: PythonFile): Map<string, SyntaxNode> {
  const functions = new Map<string, SyntaxNode>();
  for (const child of file.tree.rootNode.namedChildren) {
    const fn = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (fn?.type !== 'function_definition') continue;
    const name = fn.childForFieldName('name')?.text;
    if (name) functions.set(name, fn);
  }
  return functions;
}
