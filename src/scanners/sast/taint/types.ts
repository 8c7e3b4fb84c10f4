/** One way user input reaches a value: where it entered and the names and calls it went through. */
export interface Taint {
  /** The source as written, e.g. `request.args.get("file")`. */
  source: string;
  /** 1-based line of the source. */
  line: number;
  /** Input from whoever runs the program (`sys.argv`, `input()`), not from a remote caller. */
  local?: boolean;
  /** Variables assigned and calls passed through, in order (`filename`, `os.path.join`). */
  steps: readonly Step[];
}

/** A variable the value was assigned to, or a (qualified) call it was passed to, and its line. */
export interface Step {
  name: string;
  line: number;
}

/** Local name (or `self.x`-style attribute text) → the taints it may hold. Replaced, never mutated. */
export type Env = ReadonlyMap<string, readonly Taint[]>;

/** One step of a source → sink path, for reports that show code flows (SARIF codeFlows). */
export interface TraceStep {
  path: string;
  line: number;
  note: string;
}

/** Taints kept per value and steps kept per taint: enough for a message, bounded for pathological code. */
export const MAX_TAINTS_PER_VALUE = 3;
export const MAX_STEPS = 8;
