import { realpathSync } from 'node:fs';
import path from 'node:path';
import { readSource } from './source-reader.js';

/**
 * Reads files of the scanned tree by relative path for plugins that follow references (includes,
 * parent manifests). A path that leaves the root — by `..`, an absolute path, or a linked directory —
 * reads as undefined, as do links, binaries and files over the size limit.
 */
export function treeReader(root: string, maxBytes: number): (relPath: string) => Promise<string | undefined> {
  let realRoot: string | undefined;
  return async (relPath) => {
    if (path.isAbsolute(relPath) || relPath.includes('\0')) return undefined;
    try {
      realRoot ??= realpathSync(root);
    } catch {
      return undefined;
    }
    const absPath = path.resolve(realRoot, relPath);
    if (!within(realRoot, absPath)) return undefined;
    try {
      if (!within(realRoot, realpathSync(path.dirname(absPath)))) return undefined;
    } catch {
      return undefined;
    }
    return readSource({ path: relPath, absPath }, maxBytes).text;
  };
}

function within(root: string, p: string): boolean {
  return p === root || p.startsWith(root + path.sep);
}
