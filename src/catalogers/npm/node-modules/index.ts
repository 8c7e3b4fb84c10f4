import type { SourceFile } from '../../../scanners/types.js';
import { makePackage } from '../../shared/package.js';
import type { Cataloger, CatalogOutput } from '../../types.js';

/** `node_modules/<name>/package.json` and `node_modules/@scope/<name>/package.json`, at any depth. */
const INSTALLED = /(^|\/)node_modules\/(@[^/]+\/)?[^/@.][^/]*\/package\.json$/;

function extract(file: SourceFile): CatalogOutput {
  let manifest: unknown;
  try {
    manifest = JSON.parse(file.text);
  } catch {
    return { packages: [], issues: [{ code: 'parse-error', message: 'installed package.json is not valid JSON; skipped', path: file.path }] };
  }
  const { name, version } = (manifest ?? {}) as { name?: unknown; version?: unknown };
  if (typeof name !== 'string' || typeof version !== 'string' || !name || !version) return { packages: [] };
  return { packages: [makePackage({ ecosystem: 'npm', name, version, path: file.path })] };
}

/** npm packages installed under node_modules (images, checked-out trees). */
export const nodeModulesCataloger = {
  meta: { id: 'npm/node-modules', version: '1.0.0', summary: 'Installed npm packages from node_modules/**/package.json' },
  ecosystem: 'npm',
  matches: (path: string) => INSTALLED.test(path),
  extract,
} satisfies Cataloger;
