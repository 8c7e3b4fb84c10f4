import type { Package } from '../../../core/model.js';
import type { SourceFile } from '../../../scanners/types.js';
import type { CatalogContext, CatalogOutput, Cataloger } from '../../types.js';
import { isTable, str, strings, type Table } from '../shared/guards.js';
import { directFrom, lockedPackage } from '../shared/locked.js';
import { isOutput, lockEntries, missingField } from '../shared/lockfile.js';
import { pyprojectDirectNames } from '../shared/sibling.js';

async function extract(file: SourceFile, ctx: CatalogContext): Promise<CatalogOutput> {
  const lock = lockEntries(file, 'package', 'poetry.lock');
  if (isOutput(lock)) return lock;
  const direct = lock.entries.length > 0 ? await pyprojectDirectNames(ctx, file.path) : undefined;
  const packages: Package[] = [];
  for (const { entry, index, line } of lock.entries) {
    const name = str(entry.name);
    const version = str(entry.version);
    if (!name || !version) {
      lock.issues.push(missingField(file.path, 'poetry.lock', index, line));
      continue;
    }
    // A local directory is the project itself or a sibling project, not a package from an index.
    if (isTable(entry.source) && entry.source.type === 'directory') continue;
    packages.push(lockedPackage({ name, version, path: file.path, line, scope: poetryScope(entry), direct: directFrom(direct, name) }));
  }
  return { packages, issues: lock.issues };
}

/**
 * Lock format 2.1 lists the groups that need a package (`main` is the runtime one); older files say
 * `category = "dev"`. An optional runtime package (installed by an extra) gets scope `optional`.
 */
export function poetryScope(entry: Table): string | undefined {
  const groups = strings(entry.groups);
  const runtime = groups.length > 0 ? groups.includes('main') : str(entry.category) !== 'dev';
  if (!runtime) return groups[0] ?? 'dev';
  return entry.optional === true ? 'optional' : undefined;
}

export const poetryLockCataloger = {
  meta: { id: 'python/poetry-lock', version: '1.0.0', summary: 'Poetry poetry.lock (lock formats 1.x and 2.x, groups as scope)' },
  ecosystem: 'PyPI',
  matches: (path: string) => path === 'poetry.lock' || path.endsWith('/poetry.lock'),
  extract,
} satisfies Cataloger;
