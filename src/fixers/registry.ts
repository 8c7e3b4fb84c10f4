import { requirementsTxtFixer } from './deps/requirements-txt/index.js';
import { addToCopyFixer } from './dockerfile/add-to-copy/index.js';
import { baseImageTagFixer } from './dockerfile/base-image-tag/index.js';
import { envSecretsFixer } from './dockerfile/env-secrets/index.js';
import { nonRootUserFixer } from './dockerfile/non-root-user/index.js';
import { packageHygieneFixer } from './dockerfile/package-hygiene/index.js';
import type { Fixer } from './types.js';

/** Every deterministic fixer, explicitly, by group (the folder under src/fixers), each group alphabetical. */
export const fixerGroups: Readonly<Record<string, readonly Fixer[]>> = {
  deps: [requirementsTxtFixer],
  dockerfile: [addToCopyFixer, baseImageTagFixer, envSecretsFixer, nonRootUserFixer, packageHygieneFixer],
};

/** The order fixers are tried in when several handle a finding. */
export const fixers: readonly Fixer[] = Object.values(fixerGroups).flat();
