import { assertUsedForSecurity } from './assert-used-for-security.js';
import { cookieMissingFlags } from './cookie-missing-flags.js';
import { corsWildcardCredentials } from './cors-wildcard-credentials.js';
import { evalExec } from './eval-exec.js';
import { flaskDebugMode } from './flask-debug-mode.js';
import { flaskMissingSecurityHeaders } from './flask-missing-security-headers.js';
import { hardcodedPassword } from './hardcoded-password.js';
import { hardcodedSecretKey } from './hardcoded-secret-key.js';
import { headerInjection } from './header-injection.js';
import { insecureRandom } from './insecure-random.js';
import { jwtUnverified } from './jwt-unverified.js';
import { ldapInjection } from './ldap-injection.js';
import { markupUnescaped } from './markup-unescaped.js';
import { openRedirect } from './open-redirect.js';
import { osCommandInjection } from './os-command-injection.js';
import { pathTraversal } from './path-traversal.js';
import { reflectedXss } from './reflected-xss.js';
import type { PythonRule } from './rule.js';
import { sqlStringFormatting } from './sql-string-formatting.js';
import { ssrf } from './ssrf.js';
import { sstiRenderTemplateString } from './ssti-render-template-string.js';
import { tempfileMktemp } from './tempfile-mktemp.js';
import { tlsVerificationDisabled } from './tls-verification-disabled.js';
import { trustBoundary } from './trust-boundary.js';
import { unsafeDeserialization } from './unsafe-deserialization.js';
import { weakCipher } from './weak-cipher.js';
import { weakHash } from './weak-hash.js';
import { xpathInjection } from './xpath-injection.js';
import { xxe } from './xxe.js';

/** Every Python rule, explicitly, in alphabetical order of id. */
export const pythonRules: readonly PythonRule[] = [
  assertUsedForSecurity,
  cookieMissingFlags,
  corsWildcardCredentials,
  evalExec,
  flaskDebugMode,
  flaskMissingSecurityHeaders,
  hardcodedPassword,
  hardcodedSecretKey,
  headerInjection,
  insecureRandom,
  jwtUnverified,
  ldapInjection,
  markupUnescaped,
  openRedirect,
  osCommandInjection,
  pathTraversal,
  reflectedXss,
  sqlStringFormatting,
  ssrf,
  sstiRenderTemplateString,
  tempfileMktemp,
  tlsVerificationDisabled,
  trustBoundary,
  unsafeDeserialization,
  weakCipher,
  weakHash,
  xpathInjection,
  xxe,
];
