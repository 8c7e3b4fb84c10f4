import type { Confidence } from '../../../../core/model.js';
import type { PythonFile } from '../../engine/python/context.js';
import { taintsAt } from '../../taint/analysis.js';
import { taintsFromCallers } from '../../taint/callers.js';
import { taintExplains } from '../../taint/explained.js';
import type { Taint, TraceStep } from '../../taint/types.js';
import { mayHoldUserInput } from '../../taint/user-input.js';
import type { SastMatch } from '../rule.js';
import { sinkCalls, type SinkHit, type SinkSpec } from './sinks.js';

export interface TaintedSinkHit extends SinkHit {
  /** The source → sink paths reaching the argument, none of them through one of the sink's sanitizers. */
  taints: Taint[];
}

/**
 * Sink calls whose input argument is reached by user input that no sanitizer of the sink has cleaned.
 * `remoteOnly` ignores the local user's own input (`sys.argv`, `input()`): a command-line tool opening
 * the file it was given is not path traversal.
 */
export function taintedSinkCalls(file: PythonFile, sinks: readonly SinkSpec[], options: { remoteOnly?: boolean } = {}): TaintedSinkHit[] {
  const hits: TaintedSinkHit[] = [];
  if (!mayHoldUserInput(file)) return hits;
  for (const hit of sinkCalls(file, sinks)) {
    const cleans = hit.sink.sanitizers ?? [];
    const clean = (t: Taint) => !(options.remoteOnly && t.local) && !t.steps.some((s) => cleans.includes(s.name));
    let taints = taintsAt(file, hit.call, hit.arg).filter(clean);
    if (taints.length === 0) taints = taintsFromCallers(file, hit.call, hit.arg).filter(clean);
    if (taints.length > 0) hits.push({ ...hit, taints });
  }
  return hits;
}

/** The path of the first taint, source to sink: `request.args.get("file") (line 266) → filename → os.path.join → send_file (line 270)`. */
export function traceOf(file: PythonFile, hit: TaintedSinkHit): TraceStep[] {
  const taint = hit.taints[0]!;
  const sink = hit.call.childForFieldName('function')?.text ?? file.callName(hit.call) ?? 'sink';
  return [
    { path: file.path, line: taint.line, note: taint.source },
    ...taint.steps.map((s) => ({ path: file.path, line: s.line, note: s.name })),
    { path: file.path, line: hit.call.startPosition.row + 1, note: sink },
  ];
}

export function traceText(trace: readonly TraceStep[]): string {
  return trace.map((s, i) => (i === 0 || i === trace.length - 1 ? `${s.note} (line ${s.line})` : s.note)).join(' → ');
}

/** A match for a tainted sink call: high confidence, the path in the message and the trace. */
export function taintMatch(file: PythonFile, hit: TaintedSinkHit, what: string): SastMatch {
  const trace = traceOf(file, hit);
  return { node: hit.call, message: `${what}: ${traceText(trace)}`, confidence: 'high' as Confidence, trace };
}

/**
 * Injection rules: tainted sink calls with high confidence, then (at the rule's own confidence) the calls
 * `fallback` still flags without a known source, e.g. a non-constant argument from a function parameter —
 * unless the taint engine accounts for every input of the argument (`n = int(...)`, a local set to a literal).
 */
export function injectionMatches(file: PythonFile, sinks: readonly SinkSpec[], what: string, fallback: (hit: SinkHit) => boolean): SastMatch[] {
  const tainted = taintedSinkCalls(file, sinks);
  const seen = new Set(tainted.map((h) => h.call.id));
  const matches = tainted.map((h) => taintMatch(file, h, what));
  for (const hit of sinkCalls(file, sinks)) {
    if (seen.has(hit.call.id) || !fallback(hit) || taintExplains(file, hit.call, hit.arg, hit.sink.sanitizers)) continue;
    matches.push({ node: hit.call });
  }
  return matches.sort((a, b) => a.node.startIndex - b.node.startIndex);
}
