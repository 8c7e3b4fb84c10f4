import type { Cataloger, CatalogOutput } from '../../types.js';
import type { SourceFile } from '../../../scanners/types.js';
import { createCollector } from '../shared/collector.js';
import { isRecord, type LockIssue, looksBinary, parseError } from '../shared/issues.js';
import { baseName, insideNodeModules, manifestFrom } from '../shared/manifest.js';
import { type Edge, scopesByReach } from '../shared/scope-graph.js';
import { parseBunLock } from './document.js';
import { type BunPackage, readEntry, resolveFrom } from './entries.js';

export const bunLockCataloger = {
  meta: {
    id: 'npm/bun-lock',
    version: '1.0.0',
    summary: 'bun.lock (text lockfile, JSONC): installed packages with versions and lines, direct and dev/optional/peer scope from the workspaces',
  },
  ecosystem: 'npm',
  matches(path: string): boolean {
    return baseName(path) === 'bun.lock' && !insideNodeModules(path);
  },
  extract: extractBunLock,
} satisfies Cataloger;

function extractBunLock(file: SourceFile): CatalogOutput {
  if (looksBinary(file.text)) return { packages: [], issues: [parseError(file.path, 'not a bun.lock: the file is binary')] };
  const parsed = parseBunLock(file.text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return { packages: [], issues: [parseError(file.path, parsed.message)] };
  const { workspaces, packages: entries, error } = parsed.doc;
  const issues: LockIssue[] = error ? [parseError(file.path, error)] : [];
  const packages = new Map<string, BunPackage>();
  const badLines: number[] = [];
  for (const e of entries) {
    const pkg = readEntry(e.key, e.value, e.line, workspaces);
    if (pkg) packages.set(e.key, pkg);
    else badLines.push(e.line);
  }
  if (badLines.length > 0) {
    issues.push(parseError(file.path, `${badLines.length} packages entries are not [name@version, …] tuples and were skipped (first at line ${badLines[0]})`));
  }
  const has = (key: string) => packages.has(key);
  const roots: Edge[] = [];
  for (const [path, value] of Object.entries(workspaces)) {
    const from = path === '' || !isRecord(value) || typeof value.name !== 'string' ? undefined : resolveFrom(undefined, value.name, has);
    for (const group of manifestFrom(value).groups) {
      for (const name of group.deps.keys()) {
        const to = resolveFrom(from, name, has);
        if (to !== undefined) roots.push({ to, kind: group.kind });
      }
    }
  }
  const direct = new Set(roots.map((r) => r.to));
  const scopes = scopesByReach(roots, (key) =>
    (packages.get(key)?.dependencies ?? []).flatMap((d) => {
      const to = resolveFrom(key, d.name, has);
      return to === undefined ? [] : [{ to, kind: d.kind }];
    }),
  );
  const known = Object.keys(workspaces).length > 0;
  const collector = createCollector(file.path);
  for (const pkg of packages.values()) {
    const scope = scopes.get(pkg.key);
    collector.add({
      name: pkg.name,
      version: pkg.version,
      line: pkg.line,
      ...(known && { direct: pkg.workspace || direct.has(pkg.key) }),
      ...(scope !== undefined && { scope }),
    });
  }
  return { packages: collector.packages(), ...(issues.length > 0 && { issues }) };
}
