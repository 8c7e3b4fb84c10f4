import { readFileSync } from 'node:fs';
import { fromPackageRoot } from '../core/paths.js';

let cached: string | undefined;

/** The package version, read once from package.json (no JSON import: keeps start-up light). */
export function toolVersion(): string {
  cached ??= (JSON.parse(readFileSync(fromPackageRoot('package.json'), 'utf8')) as { version: string }).version;
  return cached;
}
