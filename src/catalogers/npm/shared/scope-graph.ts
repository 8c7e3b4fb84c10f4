import { rankOf, type Scope } from './collector.js';

/** How one package reaches another (or how the project declares it, for a root edge). */
export type EdgeKind = 'prod' | Scope;

export interface Edge {
  to: string;
  kind: EdgeKind;
}

const PASSES: readonly (Scope | undefined)[] = [undefined, 'optional', 'peer', 'dev'];

/**
 * The scope of every node reachable from the roots: production when some path from a production
 * root uses only production edges, otherwise the narrowest group a path needs (optional, then peer,
 * then dev). A node no root reaches is absent from the result. Linear in nodes and edges (one
 * breadth-first pass per group), and safe on cycles.
 */
export function scopesByReach(roots: readonly Edge[], edgesOf: (node: string) => readonly Edge[]): Map<string, Scope | undefined> {
  const result = new Map<string, Scope | undefined>();
  const cache = new Map<string, readonly Edge[]>();
  const edges = (node: string): readonly Edge[] => {
    let out = cache.get(node);
    if (!out) {
      out = edgesOf(node);
      cache.set(node, out);
    }
    return out;
  };
  for (const scope of PASSES) {
    const limit = rankOf(scope);
    const allowed = (e: Edge) => rankOf(e.kind === 'prod' ? undefined : e.kind) <= limit;
    const seen = new Set<string>();
    const queue: string[] = [];
    for (const root of roots) {
      if (allowed(root) && !seen.has(root.to)) {
        seen.add(root.to);
        queue.push(root.to);
      }
    }
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i] as string;
      if (!result.has(node)) result.set(node, scope);
      for (const edge of edges(node)) {
        if (allowed(edge) && !seen.has(edge.to)) {
          seen.add(edge.to);
          queue.push(edge.to);
        }
      }
    }
  }
  return result;
}
