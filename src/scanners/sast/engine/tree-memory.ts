import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Syntax trees live in native memory (about 25 bytes per source byte) that V8 does not see: a tree is
 * freed only when a full collection finds its JS object dead and the binding's finalizer then runs on the
 * event loop. A scan's JS heap stays small, so full collections are rare and dead trees pile up (hundreds
 * of MiB on the standard library). After this many source bytes parsed, a collection is forced, which
 * holds memory to a few of these budgets at the cost of a few ms each.
 */
export const COLLECT_AFTER_BYTES = 2 * 1024 * 1024;

let parsedSinceCollection = 0;
let collector: (() => void) | null | undefined;

/** V8's `gc()`, exposed at run time the way jest's leak detector does it; null where that is refused. */
function gcFunction(): (() => void) | null {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('gc') as () => void;
    } catch {
      collector = null;
    }
  }
  return collector;
}

/**
 * Records that a tree of this many source bytes is no longer used; when the budget is spent, collects.
 * The trees are freed when the event loop next turns (the core's file job yields after every file).
 */
export function treeDone(sourceBytes: number): void {
  parsedSinceCollection += sourceBytes;
  if (parsedSinceCollection < COLLECT_AFTER_BYTES) return;
  parsedSinceCollection = 0;
  gcFunction()?.();
}
