import type { Scope } from '../shared/collector.js';
import { isRecord } from '../shared/issues.js';
import { type Edge, type EdgeKind, scopesByReach } from '../shared/scope-graph.js';
import { refCandidates } from './dep-path.js';

const ROOT_GROUPS: readonly [string, EdgeKind][] = [
  ['dependencies', 'prod'],
  ['optionalDependencies', 'optional'],
  ['devDependencies', 'dev'],
];
const EDGE_GROUPS: readonly [string, EdgeKind][] = [
  ['dependencies', 'prod'],
  ['optionalDependencies', 'optional'],
];

export interface PnpmReach {
  /** Nodes the project (any importer) depends on directly; undefined when the lock lists no importer. */
  direct: Set<string> | undefined;
  scopes: Map<string, Scope | undefined>;
}

/**
 * Walks the lock from its importers (v6+ `importers`, or the v5 top-level dependency lists) through
 * `dependencies`/`optionalDependencies` of each node. Nodes are snapshot keys (v9) or package keys.
 */
export function reach(data: Record<string, unknown>, nodes: Record<string, unknown>): PnpmReach {
  const resolve = (name: string, ref: string): string | undefined => refCandidates(name, ref).find((k) => k in nodes);
  const roots: Edge[] = [];
  const importers = [data, ...(isRecord(data.importers) ? Object.values(data.importers) : [])];
  for (const importer of importers) {
    if (!isRecord(importer)) continue;
    for (const [group, kind] of ROOT_GROUPS) {
      for (const [name, ref] of refsOf(importer[group])) {
        const to = resolve(name, ref);
        if (to !== undefined) roots.push({ to, kind });
      }
    }
  }
  const hasImporters = isRecord(data.importers) || ROOT_GROUPS.some(([g]) => isRecord(data[g]));
  const scopes = scopesByReach(roots, (node) => {
    const entry = nodes[node];
    if (!isRecord(entry)) return [];
    return EDGE_GROUPS.flatMap(([group, kind]) =>
      refsOf(entry[group]).flatMap(([name, ref]) => {
        const to = resolve(name, ref);
        return to === undefined ? [] : [{ to, kind }];
      }),
    );
  });
  return { direct: hasImporters ? new Set(roots.map((r) => r.to)) : undefined, scopes };
}

/** name → reference, from v5 (`name: ref`) and v6+ (`name: { specifier, version: ref }`) lists. */
function refsOf(list: unknown): [string, string][] {
  if (!isRecord(list)) return [];
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(list)) {
    const ref = isRecord(value) ? value.version : value;
    if (typeof ref === 'string' && ref !== '') out.push([name, ref]);
  }
  return out;
}
