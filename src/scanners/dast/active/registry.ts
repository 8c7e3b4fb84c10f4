import type { ActiveRule } from '../types.js';
import { codeInjectionRule } from './code-injection/index.js';
import { commandInjectionRule } from './command-injection/index.js';
import { headerInjectionRule } from './header-injection/index.js';
import { openRedirectRule } from './open-redirect/index.js';
import { pathTraversalRule } from './path-traversal/index.js';
import { sqlInjectionRule } from './sql-injection/index.js';
import { ssrfRule } from './ssrf/index.js';
import { templateInjectionRule } from './template-injection/index.js';
import { xssReflectedRule } from './xss-reflected/index.js';
import { xssStoredRule } from './xss-stored/index.js';

/** Rules that send attack payloads (`--active`), explicitly, in alphabetical order. */
export const activeRules: readonly ActiveRule[] = [
  codeInjectionRule,
  commandInjectionRule,
  headerInjectionRule,
  openRedirectRule,
  pathTraversalRule,
  sqlInjectionRule,
  ssrfRule,
  templateInjectionRule,
  xssReflectedRule,
  xssStoredRule,
];
