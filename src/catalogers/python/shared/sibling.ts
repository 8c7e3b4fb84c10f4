import path from 'node:path';
import { parse } from 'smol-toml';
import type { CatalogContext } from '../../types.js';
import { isTable, type Table } from './guards.js';
import { declaredNames } from './pyproject-deps.js';

/** The path of a file beside `filePath` (forward slashes, relative to the scan root). */
export function siblingPath(filePath: string, name: string): string {
  const dir = path.posix.dirname(filePath);
  return dir === '.' ? name : `${dir}/${name}`;
}

/**
 * Reads a TOML file beside a lockfile (its manifest). Undefined when missing or invalid: the manifest
 * only adds `direct`, and its own problems are reported by its own cataloger.
 */
export async function readSiblingToml(ctx: CatalogContext, filePath: string, name: string): Promise<Table | undefined> {
  const text = await ctx.readFile(siblingPath(filePath, name));
  if (text === undefined) return undefined;
  try {
    const data = parse(text);
    return isTable(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Names the pyproject.toml beside a lockfile declares directly, normalized; undefined if unknown. */
export async function pyprojectDirectNames(ctx: CatalogContext, lockPath: string): Promise<Set<string> | undefined> {
  const data = await readSiblingToml(ctx, lockPath, 'pyproject.toml');
  return data ? declaredNames(data) : undefined;
}
