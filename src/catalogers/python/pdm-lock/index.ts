import type { Package } from '../../../core/model.js';
import type { SourceFile } from '../../../scanners/types.js';
import type { CatalogContext, CatalogOutput, Cataloger } from '../../types.js';
import { str, strings, type Table } from '../shared/guards.js';
import { directFrom, lockedPackage } from '../shared/locked.js';
import { isOutput, lockEntries, missingField } from '../shared/lockfile.js';
import { pyprojectDirectNames } from '../shared/sibling.js';

async function extract(file: SourceFile, ctx: CatalogContext): Promise<CatalogOutput> {
  const lock = lockEntries(file, 'package', 'pdm.lock');
  if (isOutput(lock)) return lock;
  const direct = lock.entries.length > 0 ? await pyprojectDirectNames(ctx, file.path) : undefined;
  const packages: Package[] = [];
  for (const { entry, index, line } of lock.entries) {
    // A local path (the project, a sibling) is not a package from an index.
    if ('path' in entry) continue;
    const name = str(entry.name);
    const version = str(entry.version);
    if (!name || !version) {
      lock.issues.push(missingField(file.path, 'pdm.lock', index, line));
      continue;
    }
    packages.push(lockedPackage({ name, version, path: file.path, line, scope: pdmScope(entry), direct: directFrom(direct, name) }));
  }
  return { packages, issues: lock.issues };
}

/** `default` is the runtime group; otherwise the first group that needs the package, as PDM names it. */
export function pdmScope(entry: Table): string | undefined {
  const groups = strings(entry.groups);
  return groups.length === 0 || groups.includes('default') ? undefined : groups[0];
}

export const pdmLockCataloger = {
  meta: { id: 'python/pdm-lock', version: '1.0.0', summary: 'PDM pdm.lock, with dependency groups as scope' },
  ecosystem: 'PyPI',
  matches: (path: string) => path === 'pdm.lock' || path.endsWith('/pdm.lock'),
  extract,
} satisfies Cataloger;
