import type { FoundPackage } from '../shared/collector.js';
import type { Manifest } from '../shared/manifest.js';
import { isKnownProtocol, parseNpmAlias, specProtocol, splitDescriptor } from '../shared/names.js';
import { type Edge, scopesByReach } from '../shared/scope-graph.js';
import type { YarnEntry, YarnLock } from './parse.js';

interface Identity {
  name: string;
  version: string;
  /** The root workspace (`workspace:.`): the project itself, not a dependency. */
  root: boolean;
}

/**
 * The real name of an entry: berry's `resolution` names it; a classic header may be an npm alias
 * (`alias@npm:real@^1`). Entries with a protocol no yarn version knows, or without a version (every
 * entry yarn writes has one), are not installed packages (undefined).
 */
export function identify(entry: YarnEntry, berry: boolean): Identity | undefined {
  const resolution = entry.fields.get('resolution');
  const descriptor = berry && resolution ? resolution : entry.descriptors[0];
  if (descriptor === undefined) return undefined;
  let { name, spec } = splitDescriptor(descriptor);
  const alias = parseNpmAlias(spec);
  if (alias) ({ name, spec } = alias);
  const protocol = specProtocol(spec);
  const version = entry.fields.get('version');
  if ((protocol !== undefined && !isKnownProtocol(protocol)) || version === undefined) return undefined;
  return { name, version, root: spec === 'workspace:.' };
}

/** Finds the entry a `name` + `spec` pair resolves to: classic keys are `name@spec`, berry's `name@npm:spec`. */
function indexDescriptors(lock: YarnLock): (name: string, spec: string) => number | undefined {
  const byDescriptor = new Map<string, number>();
  lock.entries.forEach((entry, i) => entry.descriptors.forEach((d) => byDescriptor.set(d, i)));
  return (name, spec) => byDescriptor.get(`${name}@${spec}`) ?? byDescriptor.get(`${name}@npm:${spec}`);
}

/**
 * Every installed package of the lock. Direct and scope need to know what the project declares: the
 * package.json beside the lockfile (its dependency groups), else berry's workspace entries (whose
 * lists merge dev and production, so every package they reach counts as production). Without
 * either, direct and scope stay unknown.
 */
export function yarnPackages(lock: YarnLock, manifest: Manifest | undefined): FoundPackage[] {
  const find = indexDescriptors(lock);
  const ids = lock.entries.map((e) => identify(e, lock.berry));
  const roots: Edge[] = [];
  const addRoot = (name: string, spec: string, kind: Edge['kind']) => {
    const i = find(name, spec);
    if (i !== undefined) roots.push({ to: String(i), kind });
  };
  if (manifest) for (const g of manifest.groups) for (const [name, spec] of g.deps) addRoot(name, spec, g.kind);
  lock.entries.forEach((entry, i) => {
    const id = ids[i];
    const workspace = id && entry.fields.get('resolution')?.includes('@workspace:');
    if (!workspace || (manifest && id.root)) return;
    for (const dep of entry.dependencies) addRoot(dep.name, dep.spec, dep.kind);
  });
  const known = manifest !== undefined || roots.length > 0;
  const directSet = new Set(roots.map((r) => r.to));
  const scopes = known
    ? scopesByReach(roots, (node) =>
        (lock.entries[Number(node)]?.dependencies ?? []).flatMap((d) => {
          const to = find(d.name, d.spec);
          return to === undefined ? [] : [{ to: String(to), kind: d.kind }];
        }),
      )
    : undefined;
  const found: FoundPackage[] = [];
  lock.entries.forEach((entry, i) => {
    const id = ids[i];
    if (!id || id.root) return;
    const scope = scopes?.get(String(i));
    found.push({
      name: id.name,
      version: id.version,
      line: entry.line,
      ...(known && { direct: directSet.has(String(i)) }),
      ...(scope !== undefined && { scope }),
    });
  });
  return found;
}
