import type { Scope } from '../shared/collector.js';

/**
 * The scope npm's per-entry flags give. `dev` with `optional` is an optional dependency of a dev
 * dependency, so dev only; `devOptional` is a dev dependency that is also an optional dependency of
 * a production one, so it is installed in production when optional dependencies are.
 */
export function scopeFromFlags(entry: Record<string, unknown>): Scope | undefined {
  if (entry.dev === true) return 'dev';
  if (entry.optional === true || entry.devOptional === true) return 'optional';
  if (entry.peer === true) return 'peer';
  return undefined;
}
