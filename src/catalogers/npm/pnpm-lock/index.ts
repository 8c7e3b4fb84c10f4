import type { Cataloger, CatalogOutput } from '../../types.js';
import type { SourceFile } from '../../../scanners/types.js';
import { createCollector, type Scope, widerScope } from '../shared/collector.js';
import { isRecord, type LockIssue, looksBinary, parseError } from '../shared/issues.js';
import { baseName, insideNodeModules } from '../shared/manifest.js';
import { parseDepPath, withoutPeers } from './dep-path.js';
import { parsePnpmLock } from './document.js';
import { reach } from './graph.js';

export const pnpmLockCataloger = {
  meta: {
    id: 'npm/pnpm-lock',
    version: '1.0.0',
    summary: 'pnpm-lock.yaml (lockfile v5, v6, v9; multi-document): installed packages with versions and lines, direct and dev/optional scope from the importers',
  },
  ecosystem: 'npm',
  matches(path: string): boolean {
    return baseName(path) === 'pnpm-lock.yaml' && !insideNodeModules(path);
  },
  extract: extractPnpmLock,
} satisfies Cataloger;

function extractPnpmLock(file: SourceFile): CatalogOutput {
  if (looksBinary(file.text)) return { packages: [], issues: [parseError(file.path, 'not a pnpm-lock.yaml: the file is binary')] };
  const parsed = parsePnpmLock(file.text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return { packages: [], issues: [parseError(file.path, parsed.message)] };
  if (!parsed.doc) return parsed.invalid ? { packages: [], issues: [parseError(file.path, parsed.invalid)] } : { packages: [] };
  const { data, packageLines } = parsed.doc;
  const packages = isRecord(data.packages) ? data.packages : {};
  const snapshots = isRecord(data.snapshots) ? data.snapshots : undefined;
  const { direct, scopes } = reach(data, snapshots ?? packages);
  // A package is direct or in a scope through any of its snapshots (one per set of resolved peers).
  const viaSnapshots = new Map<string, { direct: boolean; scopes: (Scope | undefined)[] }>();
  for (const [node, scope] of scopes) {
    const key = snapshots ? withoutPeers(node) : node;
    const seen = viaSnapshots.get(key) ?? { direct: false, scopes: [] };
    seen.scopes.push(scope);
    if (direct?.has(node)) seen.direct = true;
    viaSnapshots.set(key, seen);
  }
  const collector = createCollector(file.path);
  const unnamed: number[] = [];
  for (const [key, value] of Object.entries(packages)) {
    const entry = isRecord(value) ? value : {};
    const id = parseDepPath(key);
    const name = typeof entry.name === 'string' && entry.name !== '' ? entry.name : id?.name;
    const version = typeof entry.version === 'string' && entry.version !== '' ? entry.version : (id?.version ?? '');
    const line = packageLines.get(key);
    if (name === undefined) {
      // A repository path (`github.com/u/repo`) or a nameless folder is not reportable; a key with
      // neither `/` nor `@` is not a pnpm dependency path at all.
      if (!/[/@]/.test(key)) unnamed.push(line ?? 0);
      continue;
    }
    const reached = viaSnapshots.get(key);
    const flagged = flagScope(entry);
    const scope = flagged === undefined ? reached?.scopes.reduce(widerScope) : flagged === 'prod' ? undefined : flagged;
    collector.add({
      name,
      version,
      ...(line !== undefined && { line }),
      ...(direct !== undefined && { direct: reached?.direct ?? false }),
      ...(scope !== undefined && { scope }),
    });
  }
  const issues: LockIssue[] = parsed.invalid ? [parseError(file.path, parsed.invalid)] : [];
  if (unnamed.length > 0) {
    issues.push(parseError(file.path, `${unnamed.length} packages entries are not pnpm dependency paths and were skipped (first at line ${unnamed[0]})`));
  }
  return { packages: collector.packages(), ...(issues.length > 0 && { issues }) };
}

/** Lockfile v5/v6 flags: `dev: true` dev only, `dev: false` production (or optional); undefined when v9 leaves them out. */
function flagScope(entry: Record<string, unknown>): Scope | 'prod' | undefined {
  const dev = String(entry.dev);
  const optional = String(entry.optional) === 'true';
  if (dev === 'true') return 'dev';
  if (optional) return 'optional';
  if (dev === 'false' || 'dev' in entry) return 'prod';
  return undefined;
}
