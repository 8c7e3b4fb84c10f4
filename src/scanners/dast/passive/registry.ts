import { antiClickjackingRule } from './anti-clickjacking/index.js';
import { contentTypeOptionsRule } from './content-type-options/index.js';
import { cookieFlagsRule } from './cookie-flags/index.js';
import { cspRule } from './csp/index.js';
import { debugConsoleRule } from './debug-console/index.js';
import { directoryListingRule } from './directory-listing/index.js';
import { hstsRule } from './hsts/index.js';
import { permissionsPolicyRule } from './permissions-policy/index.js';
import { referrerPolicyRule } from './referrer-policy/index.js';
import { stackTraceRule } from './stack-trace/index.js';
import { versionDisclosureRule } from './version-disclosure/index.js';
import type { PassiveRule } from '../types.js';

/** Rules that look at every response the crawl gets and send nothing, explicitly, in alphabetical order. */
export const passiveRules: readonly PassiveRule[] = [
  antiClickjackingRule,
  contentTypeOptionsRule,
  cookieFlagsRule,
  cspRule,
  debugConsoleRule,
  directoryListingRule,
  hstsRule,
  permissionsPolicyRule,
  referrerPolicyRule,
  stackTraceRule,
  versionDisclosureRule,
];
