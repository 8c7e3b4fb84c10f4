import { antiClickjackingRule } from './anti-clickjacking/index.js';
import { antiCsrfRule } from './anti-csrf/index.js';
import { cacheControlRule } from './cache-control/index.js';
import { contentTypeOptionsRule } from './content-type-options/index.js';
import { cookieFlagsRule } from './cookie-flags/index.js';
import { corsRule } from './cors/index.js';
import { cspRule } from './csp/index.js';
import { debugConsoleRule } from './debug-console/index.js';
import { directoryListingRule } from './directory-listing/index.js';
import { hstsRule } from './hsts/index.js';
import { mixedContentRule } from './mixed-content/index.js';
import { permissionsPolicyRule } from './permissions-policy/index.js';
import { privateIpRule } from './private-ip/index.js';
import { referrerPolicyRule } from './referrer-policy/index.js';
import { secretInResponseRule } from './secret-in-response/index.js';
import { stackTraceRule } from './stack-trace/index.js';
import { versionDisclosureRule } from './version-disclosure/index.js';
import type { PassiveRule } from '../types.js';

/** Rules that look at every response the crawl gets and send nothing, explicitly, in alphabetical order. */
export const passiveRules: readonly PassiveRule[] = [
  antiClickjackingRule,
  antiCsrfRule,
  cacheControlRule,
  contentTypeOptionsRule,
  cookieFlagsRule,
  corsRule,
  cspRule,
  debugConsoleRule,
  directoryListingRule,
  hstsRule,
  mixedContentRule,
  permissionsPolicyRule,
  privateIpRule,
  referrerPolicyRule,
  secretInResponseRule,
  stackTraceRule,
  versionDisclosureRule,
];
