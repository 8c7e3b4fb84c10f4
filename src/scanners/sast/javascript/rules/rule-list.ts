import { codeInjection } from './code-injection.js';
import { commandInjection } from './command-injection.js';
import { cookieMissingFlags } from './cookie-missing-flags.js';
import { corsWildcardCredentials } from './cors-wildcard-credentials.js';
import { hardcodedSecret } from './hardcoded-secret.js';
import { insecureRandom } from './insecure-random.js';
import { jwtVerificationBypass } from './jwt-verification-bypass.js';
import { openRedirect } from './open-redirect.js';
import { pathTraversal } from './path-traversal.js';
import { reflectedXss } from './reflected-xss.js';
import type { ScriptRule } from './rule.js';
import { sqlInjection } from './sql-injection.js';
import { ssrf } from './ssrf.js';
import { tlsVerificationDisabled } from './tls-verification-disabled.js';
import { unsafeDeserialization } from './unsafe-deserialization.js';
import { weakHash } from './weak-hash.js';

/** Every JavaScript/TypeScript rule, explicitly, in alphabetical order of id. */
export const javascriptRules: readonly ScriptRule[] = [
  codeInjection,
  commandInjection,
  cookieMissingFlags,
  corsWildcardCredentials,
  hardcodedSecret,
  insecureRandom,
  jwtVerificationBypass,
  openRedirect,
  pathTraversal,
  reflectedXss,
  sqlInjection,
  ssrf,
  tlsVerificationDisabled,
  unsafeDeserialization,
  weakHash,
];
