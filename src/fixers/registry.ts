import { requirementsTxtFixer } from './deps/requirements-txt/index.js';
import type { Fixer } from './types.js';

/** Every deterministic fixer, explicitly, by group (the folder under src/fixers), each group alphabetical. */
export const fixerGroups: Readonly<Record<string, readonly Fixer[]>> = {
  deps: [requirementsTxtFixer],
};

/** The order fixers are tried in when several handle a finding. */
export const fixers: readonly Fixer[] = Object.values(fixerGroups).flat();
