import type { Package } from '../../../core/model.js';
import type { SourceFile } from '../../../scanners/types.js';
import type { CatalogOutput, Cataloger } from '../../types.js';
import { isTable, str } from '../shared/guards.js';
import { lockedPackage } from '../shared/locked.js';
import { isOutput, lockEntries, missingField } from '../shared/lockfile.js';
import { isRoot, reachability } from './graph.js';

function extract(file: SourceFile): CatalogOutput {
  const lock = lockEntries(file, 'package', 'uv.lock');
  if (isOutput(lock)) return lock;
  const reach = reachability(lock.entries.map((e) => e.entry));
  const packages: Package[] = [];
  lock.entries.forEach(({ entry, index, line }, i) => {
    const name = str(entry.name);
    const version = str(entry.version);
    // The project itself and local directories are not packages from an index.
    if (isRoot(entry) || (isTable(entry.source) && 'directory' in entry.source)) return;
    if (!name || !version) {
      lock.issues.push(missingField(file.path, 'uv.lock', index, line));
      return;
    }
    packages.push(lockedPackage({ name, version, path: file.path, line, ...reach[i] }));
  });
  return { packages, issues: lock.issues };
}

export const uvLockCataloger = {
  meta: { id: 'python/uv-lock', version: '1.0.0', summary: 'uv uv.lock, with direct and dev/extra scope from its dependency graph' },
  ecosystem: 'PyPI',
  matches: (path: string) => path === 'uv.lock' || path.endsWith('/uv.lock'),
  extract,
} satisfies Cataloger;
