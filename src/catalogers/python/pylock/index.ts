import path from 'node:path';
import type { Package } from '../../../core/model.js';
import type { SourceFile } from '../../../scanners/types.js';
import type { CatalogOutput, Cataloger } from '../../types.js';
import { str } from '../shared/guards.js';
import { lockedPackage } from '../shared/locked.js';
import { isOutput, lockEntries, missingField } from '../shared/lockfile.js';

/** Sources that need no version: a local directory, a VCS checkout, an archive. */
const VERSIONLESS_SOURCES = ['directory', 'vcs', 'archive'];

function extract(file: SourceFile): CatalogOutput {
  const lock = lockEntries(file, 'packages', 'pylock.toml');
  if (isOutput(lock)) return lock;
  const packages: Package[] = [];
  for (const { entry, index, line } of lock.entries) {
    // A local directory is the project itself or a sibling project, not a package from an index.
    if ('directory' in entry) continue;
    const name = str(entry.name);
    const version = str(entry.version);
    if (!name || !version) {
      if (!name || !VERSIONLESS_SOURCES.some((k) => k in entry)) lock.issues.push(missingField(file.path, 'pylock.toml', index, line));
      continue;
    }
    packages.push(lockedPackage({ name, version, path: file.path, line }));
  }
  return { packages, issues: lock.issues };
}

/** `pylock.toml`, or `pylock.<name>.toml` (PEP 751). */
export function isPylock(filePath: string): boolean {
  const base = path.posix.basename(filePath);
  return base === 'pylock.toml' || /^pylock\.[^/]+\.toml$/.test(base);
}

export const pylockCataloger = {
  meta: { id: 'python/pylock', version: '1.0.0', summary: 'PEP 751 pylock.toml and pylock.<name>.toml lock files' },
  ecosystem: 'PyPI',
  matches: isPylock,
  extract,
} satisfies Cataloger;
