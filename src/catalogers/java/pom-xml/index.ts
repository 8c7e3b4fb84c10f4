import { posix } from 'node:path';
import type { Package } from '../../../core/model.js';
import { mergePackages } from '../../../core/packages.js';
import { makePackage } from '../../shared/package.js';
import type { CatalogContext, Cataloger, CatalogOutput } from '../../types.js';
import type { SourceFile } from '../../../scanners/types.js';
import { interpolator, isResolved, type Interpolator } from './interpolate.js';
import { parsePom, type PomDependency, type PomModel } from './pom.js';

const ECOSYSTEM = 'Maven';
const MAX_PARENTS = 8;
/** Scopes kept on the package; compile and runtime are what ships, and carry none. */
const SCOPES = new Set(['test', 'provided', 'system']);

interface Pom {
  path: string;
  model: PomModel;
}

/** Parents found on disk through `<relativePath>` (default `../pom.xml`) whose coordinates match; nearest first. */
async function loadParents(child: Pom, ctx: CatalogContext): Promise<Pom[]> {
  const chain: Pom[] = [];
  const seen = new Set([child.path]);
  let current = child;
  while (current.model.parent && chain.length < MAX_PARENTS) {
    const ref = current.model.parent;
    const rel = ref.relativePath ?? '../pom.xml';
    if (rel === '') break;
    let path = posix.normalize(posix.join(posix.dirname(current.path), rel.replace(/\\/g, '/')));
    if (!path.endsWith('.xml')) path = posix.join(path, 'pom.xml');
    if (path.startsWith('../') || path.startsWith('/') || seen.has(path)) break;
    seen.add(path);
    const text = await ctx.readFile(path);
    const model = text === undefined ? undefined : parsePom(text).model; // a broken parent is reported when it is cataloged itself
    if (!model) break;
    const groupId = model.groupId ?? model.parent?.groupId;
    if (groupId !== ref.groupId || model.artifactId !== ref.artifactId) break;
    current = { path, model };
    chain.push(current);
  }
  return chain;
}

/** Properties of the effective model: ancestors first, the project's own last; then the built-in `project.*`. */
function effectiveProperties(chain: readonly Pom[]): Map<string, string> {
  const props = new Map<string, string>();
  for (const pom of [...chain].reverse()) for (const [k, v] of pom.model.properties) props.set(k, v);
  const self = chain[0]!.model;
  const builtins: Record<string, string | undefined> = {
    groupId: self.groupId ?? self.parent?.groupId,
    artifactId: self.artifactId,
    version: self.version ?? self.parent?.version,
    'parent.groupId': self.parent?.groupId,
    'parent.artifactId': self.parent?.artifactId,
    'parent.version': self.parent?.version,
  };
  for (const [k, v] of Object.entries(builtins)) {
    if (v === undefined) continue;
    props.set(`project.${k}`, v);
    props.set(`pom.${k}`, v);
    if (!k.startsWith('parent.')) props.set(k, props.get(k) ?? v);
  }
  if (self.parent?.version !== undefined) props.set('parent.version', self.parent.version);
  return props;
}

function managementKey(groupId: string, artifactId: string, dep: PomDependency): string {
  return `${groupId}:${artifactId}:${dep.type ?? 'jar'}:${dep.classifier ?? ''}`;
}

/** `[1.2,2.0)` → lowest allowed `1.2`; an exclusive or missing lower bound gives ''. */
export function rangeFloor(range: string): string {
  const m = /^\[\s*([^,\])]+?)\s*[,\]]/.exec(range);
  return m ? m[1]! : '';
}

interface Resolved {
  /** groupId:artifactId:type:classifier, how Maven tells declarations apart. */
  key: string;
  name: string;
  version: string;
  constraint?: string;
  scope?: string;
}

function resolve(dep: PomDependency, managed: ReadonlyMap<string, PomDependency>, interp: Interpolator): Resolved | undefined {
  const groupId = dep.groupId && interp(dep.groupId);
  const artifactId = dep.artifactId && interp(dep.artifactId);
  if (!groupId || !artifactId || !isResolved(groupId) || !isResolved(artifactId)) return undefined;
  if (dep.scope === 'import') return undefined;
  const manage = managed.get(managementKey(groupId, artifactId, dep));
  const written = dep.version ?? manage?.version;
  const version = written === undefined ? '' : interp(written);
  const scope = dep.scope ?? manage?.scope;
  const out: Resolved = {
    key: managementKey(groupId, artifactId, dep),
    name: `${groupId}:${artifactId}`,
    version: isResolved(version) ? version : '',
  };
  if (/^[[(]/.test(out.version)) {
    out.constraint = out.version;
    out.version = rangeFloor(out.version);
  }
  if (scope && SCOPES.has(scope)) out.scope = scope;
  return out;
}

function packagesOf(chain: readonly Pom[]): Package[] {
  const interp = interpolator(effectiveProperties(chain));
  const managed = new Map<string, PomDependency>();
  for (const pom of chain) {
    for (const m of pom.model.managed) {
      const key = m.groupId && m.artifactId ? managementKey(interp(m.groupId), interp(m.artifactId), m) : undefined;
      if (key && !managed.has(key)) managed.set(key, m);
    }
  }
  const packages: Package[] = [];
  const declared = new Set<string>();
  for (const pom of chain) {
    const own = new Set<string>();
    for (const dep of pom.model.dependencies) {
      const r = resolve(dep, managed, interp);
      if (!r || declared.has(r.key)) continue; // a child's declaration overrides the inherited one
      own.add(r.key);
      const { name, version, constraint, scope } = r;
      packages.push(makePackage({ ecosystem: ECOSYSTEM, name, version, constraint, scope, path: pom.path, line: dep.line, direct: true }));
    }
    for (const key of own) declared.add(key);
  }
  return packages;
}

export const pomXmlCataloger = {
  meta: {
    id: 'java/pom-xml',
    version: '1.0.0',
    summary: 'Maven dependencies declared in pom.xml: properties, parents on disk, dependencyManagement and default profiles applied',
  },
  ecosystem: ECOSYSTEM,
  matches: (path: string): boolean => posix.basename(path) === 'pom.xml',
  async extract(file: SourceFile, ctx: CatalogContext): Promise<CatalogOutput> {
    const { model, problem } = parsePom(file.text);
    if (!model) return { packages: [], issues: [{ code: 'parse-error', message: `${posix.basename(file.path)} ${problem}`, path: file.path }] };
    const self: Pom = { path: file.path, model };
    const chain = [self, ...(await loadParents(self, ctx))];
    return { packages: mergePackages(packagesOf(chain)) };
  },
} satisfies Cataloger;
