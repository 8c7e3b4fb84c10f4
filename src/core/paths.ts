import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root (where package.json, rules/, data/ and schema/ live): the nearest folder above this
 * module that has a package.json — whether it runs from source (tests), compiled, or bundled.
 */
export const packageRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return `${dir}/`;
    if (path.dirname(dir) === dir) throw new Error(`patchline: no package.json above ${start}; is the installation complete?`);
  }
}

export function fromPackageRoot(...segments: string[]): string {
  return [packageRoot.replace(/\/$/, ''), ...segments].join('/');
}
