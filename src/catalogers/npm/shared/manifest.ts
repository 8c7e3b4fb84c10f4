import { posix } from 'node:path';
import type { CatalogContext } from '../../types.js';
import type { EdgeKind } from './scope-graph.js';
import { isRecord } from './issues.js';

/** The dependencies a package.json declares, name → spec, by group. */
export interface Manifest {
  groups: { kind: EdgeKind; deps: Map<string, string> }[];
}

const GROUPS: readonly [string, EdgeKind][] = [
  ['dependencies', 'prod'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
  ['devDependencies', 'dev'],
];

/** Reads the dependency groups of a package.json-shaped object; non-string specs are ignored. */
export function manifestFrom(value: unknown): Manifest {
  const groups: Manifest['groups'] = [];
  if (!isRecord(value)) return { groups };
  for (const [field, kind] of GROUPS) {
    const raw = value[field];
    if (!isRecord(raw)) continue;
    const deps = new Map<string, string>();
    for (const [name, spec] of Object.entries(raw)) if (typeof spec === 'string') deps.set(name, spec);
    groups.push({ kind, deps });
  }
  return { groups };
}

/** The package.json beside a lockfile, or undefined when it is absent or not JSON (its own cataloger reports that). */
export async function readSiblingManifest(ctx: CatalogContext, lockPath: string): Promise<Manifest | undefined> {
  const dir = posix.dirname(lockPath);
  const text = await ctx.readFile(dir === '.' ? 'package.json' : `${dir}/package.json`);
  if (text === undefined) return undefined;
  try {
    return manifestFrom(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    return undefined;
  }
}

/** Paths containing a node_modules folder hold what an installed package shipped, not the project's lockfile. */
export function insideNodeModules(path: string): boolean {
  return /(?:^|\/)node_modules\//.test(path);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
