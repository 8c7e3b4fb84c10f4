import type { AffectedMatch } from './types.js';

/** One vulnerability of one package: the matched advisories that alias each other, and every id they use. */
export interface VulnerabilityGroup {
  /** The id the finding is reported under (see `preferredId`). */
  id: string;
  /** Every other id: the matched advisories' own ids and their aliases. */
  aliases: string[];
  /** Sorted by advisory id, so the first advisory with a summary is stable. */
  matches: AffectedMatch[];
}

/**
 * Merges the advisories of one package that describe the same vulnerability: two advisories belong
 * together when one's id or aliases meet the other's (transitively, as the OSV spec defines aliases).
 * `related` and `upstream` never merge.
 */
export function groupByAlias(matches: readonly AffectedMatch[]): VulnerabilityGroup[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const { advisory } of matches) {
    union(advisory.id, advisory.id);
    for (const alias of advisory.aliases ?? []) if (alias.trim()) union(advisory.id, alias.trim());
  }

  const byRoot = new Map<string, AffectedMatch[]>();
  for (const m of matches) {
    const root = find(m.advisory.id);
    byRoot.set(root, [...(byRoot.get(root) ?? []), m]);
  }
  return [...byRoot.values()]
    .map((group) => {
      const sorted = [...group].sort((a, b) => byCodeUnit(a.advisory.id, b.advisory.id));
      const ids = new Set(sorted.flatMap((m) => [m.advisory.id, ...(m.advisory.aliases ?? []).map((a) => a.trim()).filter(Boolean)]));
      const id = preferredId([...ids], sorted.map((m) => m.advisory.id));
      return { id, aliases: [...ids].filter((i) => i !== id).sort(byCodeUnit), matches: sorted };
    })
    .sort((a, b) => byCodeUnit(a.id, b.id));
}

/**
 * The one id a merged vulnerability is reported under, stable whichever advisories a database holds:
 * the CVE id when any advisory names one (the lowest, if several), else the lexically smallest id of
 * the advisories themselves (an OSV id, never a vendor alias such as SNYK-…).
 */
export function preferredId(ids: readonly string[], advisoryIds: readonly string[] = ids): string {
  const cve = [...ids].sort(byCodeUnit).find((i) => /^CVE-\d{4}-\d+$/.test(i));
  return cve ?? [...advisoryIds].sort(byCodeUnit)[0] ?? [...ids].sort(byCodeUnit)[0]!;
}

/** Locale-independent order, so ids sort the same on every machine. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
