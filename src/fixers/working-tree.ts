import path from 'node:path';
import type { Edit } from '../core/model.js';

/**
 * The tree as the fixes planned so far leave it: reads go to the real tree once, then every planned
 * edit is layered on top, so each fixer sees the output of the fixes before it. Nothing is written.
 */
export class WorkingTree {
  private readonly original = new Map<string, string | undefined>();
  private readonly current = new Map<string, string>();

  constructor(private readonly read: (relPath: string) => Promise<string | undefined>) {}

  async readFile(relPath: string): Promise<string | undefined> {
    const key = normalizeRelPath(relPath);
    if (key === undefined) return undefined;
    if (this.current.has(key)) return this.current.get(key);
    return this.readOriginal(key);
  }

  /** The file as it was scanned (before any planned fix). */
  async readOriginal(relPath: string): Promise<string | undefined> {
    const key = normalizeRelPath(relPath);
    if (key === undefined) return undefined;
    if (!this.original.has(key)) this.original.set(key, await this.read(key));
    return this.original.get(key);
  }

  /** Why these edits cannot be layered on the current text, or undefined when they were applied. */
  async apply(edits: readonly Edit[]): Promise<string | undefined> {
    for (const edit of edits) {
      const key = normalizeRelPath(edit.path);
      if (key === undefined) return `the edit to '${edit.path}' leaves the scanned tree`;
      const now = await this.readFile(key);
      if (now === undefined) return `'${edit.path}' cannot be read (missing, a link, binary or too large)`;
      if (now !== edit.before) return `the edit to '${edit.path}' was planned against other text than the file has now`;
    }
    for (const edit of edits) this.current.set(normalizeRelPath(edit.path)!, edit.after);
    return undefined;
  }

  /** Files whose planned text differs from the scanned text. */
  changedFiles(): string[] {
    return [...this.current.keys()].filter((k) => this.current.get(k) !== this.original.get(k)).sort();
  }
}

/** A relative path inside the tree with forward slashes, or undefined when it would leave the tree. */
export function normalizeRelPath(relPath: string): string | undefined {
  if (relPath.includes('\0') || path.isAbsolute(relPath) || /^[a-zA-Z]:/.test(relPath)) return undefined;
  const normal = path.posix.normalize(relPath.replaceAll('\\', '/'));
  if (normal === '..' || normal.startsWith('../') || normal === '.' || normal === '') return undefined;
  return normal;
}
