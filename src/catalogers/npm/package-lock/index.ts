import { posix } from 'node:path';
import type { Cataloger, CatalogContext, CatalogOutput } from '../../types.js';
import type { SourceFile } from '../../../scanners/types.js';
import { createCollector } from '../shared/collector.js';
import { describeJsonError, isRecord, type LockIssue, parseError } from '../shared/issues.js';
import { jsonKeyLines } from '../shared/json-key-lines.js';
import { baseName, insideNodeModules, type Manifest, manifestFrom, readSiblingManifest } from '../shared/manifest.js';
import { MAX_DEPTH, readDependenciesTree } from './dependencies-tree.js';
import { readPackagesMap } from './packages-map.js';

const NAMES = new Set(['package-lock.json', 'npm-shrinkwrap.json']);

export const packageLockCataloger = {
  meta: {
    id: 'npm/package-lock',
    version: '1.0.0',
    summary: 'npm package-lock.json (lockfile v1, v2, v3) and npm-shrinkwrap.json: installed packages with versions, lines, direct and dev/optional/peer scope',
  },
  ecosystem: 'npm',
  matches(path: string): boolean {
    return NAMES.has(baseName(path)) && !insideNodeModules(path);
  },
  extract: extractPackageLock,
} satisfies Cataloger;

async function extractPackageLock(file: SourceFile, ctx: CatalogContext): Promise<CatalogOutput> {
  if (baseName(file.path) === 'package-lock.json' && (await shrinkwrapBeside(file.path, ctx))) {
    // npm ignores package-lock.json when npm-shrinkwrap.json is present; that file is the one catalogued.
    return { packages: [] };
  }
  const text = file.text.replace(/^\uFEFF/, '');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { packages: [], issues: [parseError(file.path, describeJsonError(text))] };
  }
  if (!isRecord(doc)) return { packages: [], issues: [parseError(file.path, 'not an npm lockfile: the top level is not a JSON object')] };
  const issues: LockIssue[] = [];
  const collector = createCollector(file.path);
  const malformed: (number | undefined)[] = [];
  if (isRecord(doc.packages)) {
    const root = doc.packages[''];
    const rootDeclared = isRecord(root) ? declaredNames(manifestFrom(root)) : await siblingDeclared(file.path, ctx);
    const lines = jsonKeyLines(text, (path) => path.length === 1 && path[0] === 'packages', 1);
    const out = readPackagesMap({ packages: doc.packages, rootDeclared, lines });
    out.found.forEach((p) => collector.add(p));
    malformed.push(...out.malformed);
  } else if (isRecord(doc.dependencies)) {
    const rootDeclared = await siblingDeclared(file.path, ctx);
    const lines = jsonKeyLines(text, isV1DependenciesPath, MAX_DEPTH * 2);
    const out = readDependenciesTree({ dependencies: doc.dependencies, rootDeclared, lines });
    out.found.forEach((p) => collector.add(p));
    malformed.push(...out.malformed);
    if (out.tooDeep) issues.push(parseError(file.path, `dependencies nest deeper than ${MAX_DEPTH} levels; the deeper entries were skipped`));
  } else if (doc.packages !== undefined || doc.dependencies !== undefined) {
    issues.push(parseError(file.path, 'not an npm lockfile: "packages" and "dependencies" are not objects'));
  }
  if (malformed.length > 0) {
    const at = malformed[0] === undefined ? '' : ` (first at line ${malformed[0]})`;
    issues.push(parseError(file.path, `${malformed.length} package entries are not objects and were skipped${at}`));
  }
  return { packages: collector.packages(), ...(issues.length > 0 && { issues }) };
}

/** `dependencies`, `dependencies/x/dependencies`, … : the objects whose keys are v1 package entries. */
function isV1DependenciesPath(path: readonly string[]): boolean {
  return path.length % 2 === 1 && path[0] === 'dependencies' && path[path.length - 1] === 'dependencies';
}

/** Every name the root entry (or a package.json) declares, in any dependency group. */
function declaredNames(manifest: Manifest): Set<string> {
  return new Set(manifest.groups.flatMap((g) => [...g.deps.keys()]));
}

async function siblingDeclared(lockPath: string, ctx: CatalogContext): Promise<Set<string> | undefined> {
  const manifest = await readSiblingManifest(ctx, lockPath);
  return manifest ? declaredNames(manifest) : undefined;
}

async function shrinkwrapBeside(lockPath: string, ctx: CatalogContext): Promise<boolean> {
  const dir = posix.dirname(lockPath);
  return (await ctx.readFile(dir === '.' ? 'npm-shrinkwrap.json' : `${dir}/npm-shrinkwrap.json`)) !== undefined;
}
