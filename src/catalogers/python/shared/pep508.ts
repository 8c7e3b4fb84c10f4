import { isValidVersion, isValidWildcard } from './pep440.js';

/** One clause of a version specifier: `>=1.2`, `== 2.0.*`, `===foo`. */
export interface Clause {
  op: string;
  version: string;
  /** The version holds an unexpanded `${VAR}` (requirements files); its value is unknown. */
  unresolved?: boolean;
}

/** A PEP 508 dependency specification, split into its parts. */
export interface Requirement {
  name: string;
  extras: string[];
  /** The version specifier as written, without parentheses, trimmed ('' when none). */
  specifier: string;
  clauses: Clause[];
  /** Set for `name @ url` requirements. */
  url?: string;
  marker?: string;
}

export type ParseResult = { ok: true; requirement: Requirement } | { ok: false; reason: string };

export interface ParseOptions {
  /** Accept `${VAR}` in versions (pip expands them at install time; we cannot). */
  allowEnvVars?: boolean;
}

// Longest operators first so `===` is not read as `==` followed by `=`.
const OPERATORS = ['===', '~=', '==', '!=', '<=', '>=', '<', '>'];
const ENV_VAR_RE = /\$\{[A-Za-z0-9_]+\}/;
const NAME_CHAR = /[A-Za-z0-9._-]/;
const ALNUM = /[A-Za-z0-9]/;

/**
 * Parses one PEP 508 requirement (`name [extras] (specifier | @ url) ; marker`). Linear in the input;
 * failure reasons never quote the input.
 */
export function parseRequirement(text: string, options: ParseOptions = {}): ParseResult {
  const s = text;
  let i = skipSpace(s, 0);
  const nameStart = i;
  while (i < s.length && NAME_CHAR.test(s[i]!)) i++;
  const name = s.slice(nameStart, i);
  if (!name) return fail('no package name');
  if (!ALNUM.test(name[0]!) || !ALNUM.test(name[name.length - 1]!)) return fail('invalid package name');
  i = skipSpace(s, i);

  const extras: string[] = [];
  if (s[i] === '[') {
    const close = s.indexOf(']', i);
    if (close < 0) return fail('unterminated extras');
    const inner = s.slice(i + 1, close).trim();
    for (const extra of inner ? inner.split(',') : []) {
      const e = extra.trim();
      if (!/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(e)) return fail('invalid extra name');
      extras.push(e);
    }
    i = skipSpace(s, close + 1);
  }

  if (s[i] === '@') {
    const rest = s.slice(i + 1).trim();
    const semi = rest.search(/\s;/);
    const url = (semi < 0 ? rest : rest.slice(0, semi)).trim();
    if (!url) return fail('empty URL');
    const marker = semi < 0 ? undefined : rest.slice(semi + 2).trim();
    return { ok: true, requirement: { name, extras, specifier: '', clauses: [], url, ...(marker && { marker }) } };
  }

  let specText: string;
  if (s[i] === '(') {
    const close = s.indexOf(')', i);
    if (close < 0) return fail('unterminated parenthesis');
    specText = s.slice(i + 1, close);
    i = close + 1;
  } else {
    const semi = s.indexOf(';', i);
    const end = semi < 0 ? s.length : semi;
    specText = s.slice(i, end);
    i = end;
  }
  const clauses = parseClauses(specText, options);
  if (typeof clauses === 'string') return fail(clauses);

  i = skipSpace(s, i);
  let marker: string | undefined;
  if (s[i] === ';') {
    marker = s.slice(i + 1).trim();
    if (!marker) return fail('empty environment marker');
  } else if (i < s.length) {
    return fail('unexpected text after the version specifier');
  }
  const requirement: Requirement = { name, extras, specifier: specText.trim(), clauses, ...(marker && { marker }) };
  return { ok: true, requirement };
}

/** Parses `>=1.0, <2` into clauses; returns a reason string when it is not a valid specifier. */
export function parseClauses(specText: string, options: ParseOptions = {}): Clause[] | string {
  if (!specText.trim()) return [];
  const clauses: Clause[] = [];
  for (const part of specText.split(',')) {
    const t = part.trim();
    const op = OPERATORS.find((o) => t.startsWith(o));
    if (!op) return t ? 'version without a comparison operator' : 'empty version clause';
    const version = t.slice(op.length).trim();
    if (!version) return 'missing version after operator';
    if (options.allowEnvVars && ENV_VAR_RE.test(version) && /^[^\s,;]+$/.test(version)) {
      clauses.push({ op, version, unresolved: true });
      continue;
    }
    if (!validVersionFor(op, version)) return 'invalid version';
    clauses.push({ op, version });
  }
  return clauses;
}

function validVersionFor(op: string, version: string): boolean {
  if (op === '===') return /^[^\s,;]+$/.test(version);
  if (op === '==' || op === '!=') return isValidVersion(version) || isValidWildcard(version);
  return isValidVersion(version);
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

function fail(reason: string): ParseResult {
  return { ok: false, reason };
}
