import type { Clause } from '../shared/pep508.js';
import { compareVersions, isValidVersion, isValidWildcard, parseVersion } from '../shared/pep440.js';
import { versionInfo, type VersionInfo } from '../shared/specifier.js';

// An operator, then a version: the two share no characters, so one pass reads `>=1.2,<2`, `>= 1.2 <2`, `^1.2`.
const CLAUSE_RE = /(\^|~=|~|===|==|!=|<=|>=|<|>|=)?\s*([^\s,|<>=!~^]+)/g;

/**
 * Reads a Poetry version constraint (`^1.2`, `~1.2`, `1.2.*`, `>=1,<2`, `1.0 || ^2.0`, bare `1.2.3`
 * pins) into what a Package records. Undefined when it is not a valid constraint.
 */
export function poetryVersionInfo(text: string): VersionInfo | undefined {
  const constraint = text.trim();
  if (constraint === '' || constraint === '*') return { version: '', constraint };
  const alternatives: VersionInfo[] = [];
  for (const alt of constraint.split('||')) {
    const clauses = alt.trim() ? poetryClauses(alt) : undefined;
    if (!clauses) return undefined;
    alternatives.push(versionInfo(clauses, alt));
  }
  if (alternatives.length === 1) return { ...alternatives[0]!, ...(alternatives[0]!.constraint !== undefined && { constraint }) };
  return { version: lowestOf(alternatives.map((a) => a.version)), constraint };
}

function poetryClauses(alt: string): Clause[] | undefined {
  const clauses: Clause[] = [];
  let consumed = 0;
  for (const m of alt.matchAll(CLAUSE_RE)) {
    if (alt.slice(consumed, m.index).replace(/[\s,]/g, '') !== '') return undefined;
    consumed = m.index + m[0].length;
    const op = m[1] ?? '';
    const version = m[2]!;
    if (version === '*') continue;
    const clause = toClause(op, version);
    if (!clause) return undefined;
    clauses.push(clause);
  }
  if (alt.slice(consumed).replace(/[\s,]/g, '') !== '') return undefined;
  return clauses;
}

function toClause(op: string, version: string): Clause | undefined {
  if (op === '^' || op === '~') return isValidVersion(version) ? { op: '>=', version } : undefined;
  const pep = op === '' || op === '=' ? '==' : op;
  const valid = pep === '===' || isValidVersion(version) || ((pep === '==' || pep === '!=') && isValidWildcard(version));
  return valid ? { op: pep, version } : undefined;
}

/** The lowest of the alternatives' lowest versions; '' when any alternative has none. */
function lowestOf(versions: string[]): string {
  let best: string | undefined;
  for (const v of versions) {
    const parsed = parseVersion(v);
    if (!parsed) return '';
    if (best === undefined || compareVersions(parsed, parseVersion(best)!) < 0) best = v;
  }
  return best ?? '';
}
