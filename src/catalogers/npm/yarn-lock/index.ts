import type { Cataloger, CatalogContext, CatalogOutput } from '../../types.js';
import type { SourceFile } from '../../../scanners/types.js';
import { createCollector } from '../shared/collector.js';
import { type LockIssue, looksBinary, parseError } from '../shared/issues.js';
import { baseName, insideNodeModules, readSiblingManifest } from '../shared/manifest.js';
import { parseYarnLock } from './parse.js';
import { yarnPackages } from './resolve.js';

export const yarnLockCataloger = {
  meta: {
    id: 'npm/yarn-lock',
    version: '1.0.0',
    summary: 'yarn.lock, classic (v1) and berry (yarn 2+ YAML): installed packages with versions and header lines; direct and scope from the package.json beside it',
  },
  ecosystem: 'npm',
  matches(path: string): boolean {
    return baseName(path) === 'yarn.lock' && !insideNodeModules(path);
  },
  extract: extractYarnLock,
} satisfies Cataloger;

async function extractYarnLock(file: SourceFile, ctx: CatalogContext): Promise<CatalogOutput> {
  if (looksBinary(file.text)) return { packages: [], issues: [parseError(file.path, 'not a yarn.lock: the file is binary')] };
  const lock = parseYarnLock(file.text.replace(/^\uFEFF/, ''));
  const issues: LockIssue[] = [];
  if (lock.invalidLines > 0) {
    const what = lock.entries.length === 0 ? 'not a yarn.lock: no line is' : `${lock.invalidLines} lines are not`;
    issues.push(parseError(file.path, `${what} yarn.lock syntax (first at line ${lock.firstInvalidLine}); those lines were skipped`));
  }
  const manifest = await readSiblingManifest(ctx, file.path);
  const collector = createCollector(file.path);
  for (const found of yarnPackages(lock, manifest)) collector.add(found);
  return { packages: collector.packages(), ...(issues.length > 0 && { issues }) };
}
