import { packageJsonFixer } from './deps/package-json/index.js';
import { pipfileFixer } from './deps/pipfile/index.js';
import { pyprojectTomlFixer } from './deps/pyproject-toml/index.js';
import { requirementsTxtFixer } from './deps/requirements-txt/index.js';
import { addToCopyFixer } from './dockerfile/add-to-copy/index.js';
import { composeSecretsFixer } from './dockerfile/compose-secrets/index.js';
import { baseImageTagFixer } from './dockerfile/base-image-tag/index.js';
import { envSecretsFixer } from './dockerfile/env-secrets/index.js';
import { nonRootUserFixer } from './dockerfile/non-root-user/index.js';
import { packageHygieneFixer } from './dockerfile/package-hygiene/index.js';
import { cookieFlagsFixer } from './python/cookie-flags/index.js';
import { escapedRenderingFixer } from './python/escaped-rendering/index.js';
import { flaskDebugFixer } from './python/flask-debug/index.js';
import { flaskSecretKeyFixer } from './python/flask-secret-key/index.js';
import { hardcodedSecretFixer } from './python/hardcoded-secret/index.js';
import { passwordHashFixer } from './python/password-hash/index.js';
import { secureRandomFixer } from './python/secure-random/index.js';
import { securityHeadersFixer } from './python/security-headers/index.js';
import { shellArgvFixer } from './python/shell-argv/index.js';
import { sqlParamsFixer } from './python/sql-params/index.js';
import { tlsVerifyFixer } from './python/tls-verify/index.js';
import { yamlSafeLoadFixer } from './python/yaml-safe-load/index.js';
import type { Fixer } from './types.js';

/** Every deterministic fixer, explicitly, by group (the folder under src/fixers), each group alphabetical. */
export const fixerGroups: Readonly<Record<string, readonly Fixer[]>> = {
  deps: [packageJsonFixer, pipfileFixer, pyprojectTomlFixer, requirementsTxtFixer],
  dockerfile: [addToCopyFixer, baseImageTagFixer, composeSecretsFixer, envSecretsFixer, nonRootUserFixer, packageHygieneFixer],
  python: [
    cookieFlagsFixer,
    escapedRenderingFixer,
    flaskDebugFixer,
    flaskSecretKeyFixer,
    hardcodedSecretFixer,
    passwordHashFixer,
    secureRandomFixer,
    securityHeadersFixer,
    shellArgvFixer,
    sqlParamsFixer,
    tlsVerifyFixer,
    yamlSafeLoadFixer,
  ],
};

/** The order fixers are tried in when several handle a finding. */
export const fixers: readonly Fixer[] = Object.values(fixerGroups).flat();
