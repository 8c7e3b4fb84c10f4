import { cspRule } from './csp/index.js';
import type { PassiveRule } from '../types.js';

/** Rules that look at every response the crawl gets and send nothing, explicitly, in alphabetical order. */
export const passiveRules: readonly PassiveRule[] = [cspRule];
