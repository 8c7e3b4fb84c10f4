import { fileURLToPath } from 'node:url';

/**
 * The package root (where package.json, rules/ and schema/ live). This file sits at src/core or
 * dist/core, two levels below it, whether run from source (tests) or compiled.
 */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

export function fromPackageRoot(...segments: string[]): string {
  return [packageRoot.replace(/\/$/, ''), ...segments].join('/');
}
