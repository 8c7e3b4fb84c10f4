import type { ActiveRule } from '../types.js';

/** Rules that send attack payloads (`--active`), explicitly, in alphabetical order. */
export const activeRules: readonly ActiveRule[] = [];
