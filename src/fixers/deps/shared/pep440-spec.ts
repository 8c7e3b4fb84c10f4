import { parseClauses, type Clause } from '../../../catalogers/python/shared/pep508.js';

/**
 * Rewrites a PEP 440 version specifier so it allows no version below `target` and still allows
 * `target`: a pin moves to the target, a lower bound rises to it, a missing lower bound is added.
 * An upper bound or exclusion that rules the target out is a reason, never silently widened.
 */
export function raisePep440(spec: string, target: string, compare: (a: string, b: string) => number): string | { reason: string } {
  const clauses = parseClauses(spec);
  if (typeof clauses === 'string') return { reason: `the version specifier '${spec}' is not valid PEP 440 (${clauses})` };
  const out: string[] = [];
  let bounded = false;
  for (const clause of clauses) {
    const next = raiseClause(clause, target, compare);
    if (typeof next === 'object') return next;
    if (/^(===?|>=?|~=)/.test(next)) bounded = true;
    if (next && !out.includes(next)) out.push(next);
  }
  if (!bounded) out.unshift(`>=${target}`);
  return out.join(spec.includes(', ') ? ', ' : ',');
}

function raiseClause(c: Clause, target: string, compare: (a: string, b: string) => number): string | { reason: string } {
  const wildcard = c.version.endsWith('.*');
  const prefix = wildcard ? c.version.slice(0, -2) : c.version;
  switch (c.op) {
    case '===':
      return `===${target}`;
    case '==':
      if (!wildcard) return `==${target}`;
      return inPrefix(target, prefix) ? `>=${target},==${c.version}` : { reason: `'==${c.version}' excludes the fixed version ${target}` };
    case '!=':
      return (wildcard ? inPrefix(target, prefix) : compare(c.version, target) === 0) ? { reason: `'!=${c.version}' excludes the fixed version ${target}` } : `!=${c.version}`;
    case '>':
    case '>=':
      return compare(c.version, target) >= 0 ? `${c.op}${c.version}` : `>=${target}`;
    case '~=': {
      const upperPrefix = c.version.split('.').slice(0, -1).join('.');
      if (!inPrefix(target, upperPrefix)) return { reason: `'~=${c.version}' stops below the fixed version ${target}` };
      return `>=${target},==${upperPrefix}.*`;
    }
    case '<':
    case '<=': {
      const cmp = compare(target, c.version);
      return cmp < 0 || (cmp === 0 && c.op === '<=') ? `${c.op}${c.version}` : { reason: `'${c.op}${c.version}' excludes the fixed version ${target}` };
    }
    default:
      return { reason: `unknown operator ${c.op}` };
  }
}

/** Does `version` fall under `prefix.*` (release segments compared as numbers)? */
function inPrefix(version: string, prefix: string): boolean {
  const v = version.split('.').map(Number);
  return prefix.split('.').every((p, i) => Number(p) === v[i]);
}
