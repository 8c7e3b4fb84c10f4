import type { Instruction } from '../../parser/types.js';
import { cleansPath, packageCalls, type Manager } from '../../shell/package-managers.js';

export interface CleanSpec {
  managers: Manager[];
  installs: ReadonlySet<string>;
  /** Sub-commands (after the manager) that clean the cache, e.g. `clean all`. */
  cleans: readonly string[][];
  cacheDirs: readonly string[];
}

/** Does this RUN install with one of the managers and leave its package cache in the layer? */
export function leavesCache(instr: Instruction, spec: CleanSpec): boolean {
  const calls = packageCalls(instr, ...spec.managers);
  if (!calls.some((c) => spec.installs.has(c.sub))) return false;
  const cleaned = calls.some((c) => spec.cleans.some(([sub, ...more]) => c.sub === sub && more.every((m) => c.packages.includes(m))));
  return !cleaned && !cleansPath(instr, spec.cacheDirs);
}
