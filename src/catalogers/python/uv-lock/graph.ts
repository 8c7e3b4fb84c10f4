import { normalizeName } from '../../shared/package.js';
import { entries, isTable, str, strings, tables, type Table } from '../shared/guards.js';

/** What the dependency graph of a uv.lock says about one package entry. */
export interface Reach {
  /** Undefined when the lock has no project (root) entry to tell. */
  direct?: boolean;
  /** The first optional-dependency extra or dev group of a root that needs it, when no runtime path does. */
  scope?: string;
}

interface Edge {
  name: string;
  version?: string;
  extras: string[];
}

const ROOT_SOURCES = ['virtual', 'editable'];

/** Workspace members (the project itself) are the roots; their own source is local. */
export function isRoot(entry: Table): boolean {
  return isTable(entry.source) && ROOT_SOURCES.some((k) => k in (entry.source as Table));
}

/**
 * Walks the lock from its roots: what the roots' `dependencies` reach (following requested extras) is
 * runtime; what only an extra or a dev group reaches gets that group's name as scope.
 */
export function reachability(list: readonly Table[]): Reach[] {
  const byName = new Map<string, number[]>();
  list.forEach((e, i) => {
    const key = normalizeName('PyPI', str(e.name) ?? '');
    const same = byName.get(key);
    if (same) same.push(i);
    else byName.set(key, [i]);
  });
  const roots = list.flatMap((e, i) => (isRoot(e) ? [i] : []));
  const reach: Reach[] = list.map(() => (roots.length > 0 ? { direct: false } : {}));
  if (roots.length === 0) return reach;

  const resolve = (edge: Edge): number[] => {
    const found = byName.get(normalizeName('PyPI', edge.name)) ?? [];
    const exact = edge.version === undefined ? [] : found.filter((i) => str(list[i]!.version) === edge.version);
    return exact.length > 0 ? exact : found;
  };
  const visit = (start: Edge[], seen: Set<string>, mark: (i: number) => void): void => {
    const queue: Edge[] = [...start];
    for (let head = 0; head < queue.length; head++) {
      const edge = queue[head]!;
      for (const i of resolve(edge)) {
        const entry = list[i]!;
        const fresh = !seen.has(`${i}`);
        seen.add(`${i}`);
        if (fresh) {
          mark(i);
          queue.push(...edgesOf(entry.dependencies));
        }
        for (const extra of edge.extras) {
          if (seen.has(`${i}[${extra}]`)) continue;
          seen.add(`${i}[${extra}]`);
          queue.push(...edgesOf(isTable(entry['optional-dependencies']) ? entry['optional-dependencies'][extra] : undefined));
        }
      }
    }
  };

  const runtime = new Set<string>();
  const groups: [string, Edge[]][] = [];
  for (const r of roots) {
    const root = list[r]!;
    const direct = [
      ...edgesOf(root.dependencies),
      ...entries(root['optional-dependencies']).flatMap(([, v]) => edgesOf(v)),
      ...entries(root['dev-dependencies']).flatMap(([, v]) => edgesOf(v)),
    ];
    for (const edge of direct) for (const i of resolve(edge)) reach[i]!.direct = true;
    visit(edgesOf(root.dependencies), runtime, () => {});
    for (const [group, deps] of [...entries(root['optional-dependencies']), ...entries(root['dev-dependencies'])]) {
      groups.push([group, edgesOf(deps)]);
    }
  }
  for (const [group, start] of groups) {
    visit(start, new Set(), (i) => {
      if (!runtime.has(`${i}`) && reach[i]!.scope === undefined) reach[i]!.scope = group;
    });
  }
  return reach;
}

function edgesOf(value: unknown): Edge[] {
  return tables(value).flatMap((d) => {
    const name = str(d.name);
    if (!name) return [];
    const version = str(d.version);
    return [{ name, extras: strings(d.extra), ...(version !== undefined && { version }) }];
  });
}
