import type { EdgeKind } from '../shared/scope-graph.js';
import { isRecord } from '../shared/issues.js';
import { isExactVersion, isValidName, parseNpmAlias, splitDescriptor } from '../shared/names.js';

export interface BunPackage {
  key: string;
  name: string;
  /** '' for git, `file:`, `link:` and tarball packages: bun.lock records no version for them. */
  version: string;
  line: number;
  workspace: boolean;
  dependencies: { name: string; kind: EdgeKind }[];
}

const EDGE_GROUPS: readonly [string, EdgeKind][] = [
  ['dependencies', 'prod'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
];

/**
 * One `packages` entry: `[ "name@version", registry, { dependencies … }, integrity ]` for registry
 * packages, `[ "name@github:u/r#sha", { … }, id ]` for git, `[ "name@file:…", { … } ]` for folders,
 * `[ "name@workspace:path" ]` for workspace members (their version is in `workspaces`).
 * Undefined when the entry is not such a tuple.
 */
export function readEntry(key: string, value: unknown, line: number, workspaces: Record<string, unknown>): BunPackage | undefined {
  if (!Array.isArray(value) || typeof value[0] !== 'string') return undefined;
  let { name, spec } = splitDescriptor(value[0]);
  const alias = parseNpmAlias(spec);
  if (alias) ({ name, spec } = alias);
  if (!isValidName(name)) return undefined;
  const workspace = spec.startsWith('workspace:');
  const member = workspace ? workspaces[spec.slice('workspace:'.length)] : undefined;
  const version = isExactVersion(spec) ? spec : isRecord(member) && typeof member.version === 'string' ? member.version : '';
  const info = value.find((v, i) => i > 0 && isRecord(v));
  const dependencies = isRecord(info)
    ? EDGE_GROUPS.flatMap(([group, kind]) => {
        const list = info[group];
        return isRecord(list) ? Object.keys(list).map((dep) => ({ name: dep, kind })) : [];
      })
    : [];
  return { key, name, version, line, workspace, dependencies };
}

/** `a/@s/b/c` → ['a', '@s/b', 'c']: the packages an install path nests under. */
export function pathComponents(key: string): string[] {
  const parts = key.split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part.startsWith('@') && i + 1 < parts.length) out.push(`${part}/${parts[++i] as string}`);
    else out.push(part);
  }
  return out;
}

/** Node's resolution: `name` as seen from the package at `from` is the nearest `from…/name` that exists. */
export function resolveFrom(from: string | undefined, name: string, has: (key: string) => boolean): string | undefined {
  const comps = from === undefined ? [] : pathComponents(from);
  for (let i = comps.length; i >= 0; i--) {
    const candidate = [...comps.slice(0, i), name].join('/');
    if (has(candidate)) return candidate;
  }
  return undefined;
}
