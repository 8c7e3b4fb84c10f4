import type { PythonFile } from '../../engine/python/context.js';
import type { SyntaxNode } from '../../engine/walk.js';

/**
 * A dangerous call as data: which functions, which argument carries the dangerous input, and an optional
 * extra condition (e.g. `shell=True`). Today a sink fires when that argument is not constant; the taint
 * engine will reuse the same specs and fire when the argument is reached by a source instead.
 */
export interface SinkSpec {
  /** Fully qualified names after import resolution, e.g. `subprocess.run`. */
  calls: readonly string[];
  /** Method names matched on any receiver, e.g. `execute` for DB-API cursors. */
  methods?: readonly string[];
  /** Position and keyword name of the argument that carries the dangerous input. */
  arg: { index: number; keyword: string };
  /** Calls whose result is safe to pass (`shlex.quote`, `markupsafe.escape`); the taint engine reuses them. */
  sanitizers?: readonly string[];
  /** Further condition on the call, e.g. `shell=True`. */
  when?: (file: PythonFile, call: SyntaxNode) => boolean;
}

export interface SinkHit {
  call: SyntaxNode;
  arg: SyntaxNode;
  sink: SinkSpec;
}

/** Calls matching a sink spec, with the argument that carries the input. */
export function sinkCalls(file: PythonFile, sinks: readonly SinkSpec[]): SinkHit[] {
  const hits: SinkHit[] = [];
  for (const sink of sinks) {
    for (const call of file.calls(sink.calls, sink.methods)) {
      const arg = file.arg(call, sink.arg.index, sink.arg.keyword);
      if (!arg || (sink.when && !sink.when(file, call))) continue;
      hits.push({ call, arg, sink });
    }
  }
  return hits.sort((a, b) => a.call.startIndex - b.call.startIndex);
}

/**
 * Sink calls whose input argument is not a constant, sanitizer results counting as constant (the stand-in
 * for "tainted" until taint tracking).
 */
export function nonConstantSinkCalls(file: PythonFile, sinks: readonly SinkSpec[]): SinkHit[] {
  return sinkCalls(file, sinks).filter((h) => !file.isConstant(h.arg, h.sink.sanitizers));
}
