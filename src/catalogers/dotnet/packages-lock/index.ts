import { posix } from 'node:path';
import type { Package, ScanIssue } from '../../../core/model.js';
import { mergePackages } from '../../../core/packages.js';
import { makePackage } from '../../shared/package.js';
import type { Cataloger, CatalogOutput } from '../../types.js';
import type { SourceFile } from '../../../scanners/types.js';

const ECOSYSTEM = 'NuGet';
interface Issue extends Omit<ScanIssue, 'scanner'> {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseLock(text: string, path: string): { frameworks?: Record<string, unknown>; issue?: Issue } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // The engine's message quotes the input, so it is not passed on.
    return { issue: { code: 'parse-error', message: 'packages.lock.json is not valid JSON', path } };
  }
  if (!isObject(doc) || !isObject(doc['dependencies'])) {
    return { issue: { code: 'parse-error', message: 'packages.lock.json has no "dependencies" object of target frameworks', path } };
  }
  return { frameworks: doc['dependencies'] };
}

export const packagesLockCataloger = {
  meta: {
    id: 'dotnet/packages-lock',
    version: '1.0.0',
    summary: 'NuGet packages resolved in packages.lock.json, for every target framework (project references skipped)',
  },
  ecosystem: ECOSYSTEM,
  matches: (path: string): boolean => posix.basename(path) === 'packages.lock.json',
  extract(file: SourceFile): CatalogOutput {
    const { frameworks, issue } = parseLock(file.text, file.path);
    if (!frameworks) return { packages: [], issues: [issue!] };
    const packages: Package[] = [];
    const skipped: string[] = [];
    for (const deps of Object.values(frameworks)) {
      if (!isObject(deps)) {
        skipped.push('a target framework that is not an object');
        continue;
      }
      for (const [name, entry] of Object.entries(deps)) {
        if (!isObject(entry) || entry['type'] === 'Project') continue;
        const resolved = entry['resolved'];
        if (typeof resolved !== 'string' || resolved === '' || name === '') {
          skipped.push(`package ${JSON.stringify(name.slice(0, 100))}`);
          continue;
        }
        packages.push(makePackage({ ecosystem: ECOSYSTEM, name, version: resolved, path: file.path, direct: entry['type'] === 'Direct' }));
      }
    }
    const issues: Issue[] =
      skipped.length === 0
        ? []
        : [
            {
              code: 'parse-error',
              message: `packages.lock.json: ${skipped.length} entr(y/ies) without a resolved version skipped (first: ${skipped[0]})`,
              path: file.path,
            },
          ];
    return { packages: mergePackages(packages), ...(issues.length > 0 && { issues }) };
  },
} satisfies Cataloger;
