import type { Package, ScanIssue } from '../core/model.js';
import type { PluginMeta, SourceFile } from '../scanners/types.js';

export interface CatalogContext {
  /**
   * Reads another file of the scanned tree (e.g. a `-r other.txt` include), by path relative to the
   * scan root. Undefined when it does not exist, leaves the root, is a link, binary or too large.
   */
  readFile(path: string): Promise<string | undefined>;
}

export interface CatalogOutput {
  packages: Package[];
  /** Non-fatal problems (an entry that would not parse, a file that is not what its name says). */
  issues?: Omit<ScanIssue, 'scanner'>[];
}

/** Answers "do I want this file" and "extract its packages"; it never walks the tree itself. */
export interface Cataloger {
  meta: PluginMeta;
  /** The OSV ecosystem of the packages it produces (PyPI, npm, Go, crates.io, …). */
  ecosystem: string;
  matches(path: string): boolean;
  /** Reads a binary file (an SQLite or Berkeley DB package database): extract gets `file.bytes`. */
  binary?: boolean;
  extract(file: SourceFile, ctx: CatalogContext): CatalogOutput | Promise<CatalogOutput>;
}
