import { isAllowedByRule, isEnvLookup, isPlaceholder } from './allowlist.js';
import { charClassCount, shannonEntropy } from './entropy.js';
import type { SecretRule } from './rule-schema.js';
import { validators } from './validators.js';

/** Where an unquoted value is code (a variable, a call), not a literal: `password = user_password`. */
const CODE_EXTENSIONS = new Set(
  (
    'py pyw pyi js mjs cjs jsx ts tsx mts cts go java kt kts scala groovy gradle rb php cs vb fs c h cc cpp cxx ' +
    'hh hpp m mm rs swift dart lua pl pm r jl ex exs erl clj cljs vue svelte sql ps1 coffee elm hs ml'
  ).split(' '),
);

const DOTTED_IDENTIFIER = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

export interface Candidate {
  secret: string;
  /** The whole regex match. */
  match: string;
  /** The secret sits between quotes in the source. */
  quoted: boolean;
  path: string;
}

/** Every check a regex match must pass to be reported, cheapest first. */
export function passesFilters(rule: SecretRule, c: Candidate): boolean {
  if (isAllowedByRule(rule.allowlist, c.secret, c.match)) return false;
  if (isPlaceholder(c.secret) || isEnvLookup(c.secret)) return false;
  if (rule.minCharClasses !== undefined && charClassCount(c.secret) < rule.minCharClasses) return false;
  if (rule.minEntropy !== undefined && shannonEntropy(c.secret) < rule.minEntropy) return false;
  if (rule.validate !== undefined && !validators[rule.validate](c.secret)) return false;
  if (rule.kind === 'generic' && !c.quoted && !isUnquotedLiteral(c.secret, c.path)) return false;
  return true;
}

/** In config files (`.env`, YAML, INI, shell) a bare value is a literal; in code it is a reference. */
export function isUnquotedLiteral(value: string, path: string): boolean {
  return !isCodeFile(path) && !DOTTED_IDENTIFIER.test(value);
}

export function isCodeFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 && CODE_EXTENSIONS.has(base.slice(dot + 1).toLowerCase());
}
