import type { PythonFile } from '../../engine/python/context.js';
import type { SyntaxNode } from '../../engine/walk.js';
import type { Taint, TraceStep } from '../../taint/types.js';
import type { SastMatch } from '../rule.js';
import { taintsAtStatement } from './taint-at.js';
import { traceText } from './taint-sinks.js';

/**
 * A match at a statement sink (`session["u"] = x`, `return f"<p>{x}</p>"`) when `expr` is reached by user
 * input that passed through none of `sanitizers`; undefined otherwise.
 */
export function taintAtStatementMatch(
  file: PythonFile, stmt: SyntaxNode, expr: SyntaxNode, what: string,
  options: { remoteOnly?: boolean; sanitizers?: readonly string[]; cleanStep?: (name: string) => boolean } = {},
): SastMatch | undefined {
  const cleans = options.sanitizers ?? [];
  const taints = taintsAtStatement(file, stmt, expr).filter((t: Taint) => !(options.remoteOnly && t.local) && !t.steps.some((s) => cleans.includes(s.name) || !!options.cleanStep?.(s.name)));
  const taint = taints[0];
  if (!taint) return undefined;
  const trace: TraceStep[] = [
    { path: file.path, line: taint.line, note: taint.source },
    ...taint.steps.map((s) => ({ path: file.path, line: s.line, note: s.name })),
    { path: file.path, line: stmt.startPosition.row + 1, note: stmt.text.split('\n')[0]!.slice(0, 80) },
  ];
  return { node: stmt, message: `${what}: ${traceText(trace)}`, confidence: 'high', trace };
}
