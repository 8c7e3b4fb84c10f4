import type { CatalogContext } from '../../types.js';
import { detectOs, detectOsFromMarkers, type OsInfo } from './os-release.js';

/**
 * The distribution of the root file system a package database belongs to: `dbPath` minus its
 * well-known tail (`var/lib/dpkg/status`) is the root, where os-release is looked for.
 */
export async function osOfRoot(ctx: CatalogContext, dbPath: string, tail: RegExp): Promise<OsInfo | undefined> {
  const prefix = dbPath.replace(tail, '');
  for (const p of ['etc/os-release', 'usr/lib/os-release']) {
    const text = await ctx.readFile(prefix + p);
    const os = text === undefined ? undefined : detectOs(text);
    if (os) return os;
  }
  return detectOsFromMarkers({
    ...(await optional(ctx, `${prefix}etc/alpine-release`, 'alpineRelease')),
    ...(await optional(ctx, `${prefix}etc/debian_version`, 'debianVersion')),
  });
}

async function optional<K extends string>(ctx: CatalogContext, path: string, key: K): Promise<Partial<Record<K, string>>> {
  const text = await ctx.readFile(path);
  return text === undefined ? {} : ({ [key]: text } as Record<K, string>);
}
