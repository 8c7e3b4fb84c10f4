import type { Cataloger } from './types.js';
export const catalogers: readonly Cataloger[] = [];
