import { parseSize, type PatchlineConfig } from './config.js';
import { errorMessage } from './errors.js';
import type { Package, ScanIssue } from './model.js';
import { decodeText, readBytes, readSource } from './source-reader.js';
import { treeReader } from './tree-reader.js';
import type { WalkedFile } from './walker.js';
import type { CatalogContext, Cataloger } from '../catalogers/types.js';
import type { DraftFinding, ScanContext, Scanner, SourceFile } from '../scanners/types.js';

/** The plugins a batch of files is offered to, and what they need. Built once per thread. */
export interface FileJobPlugins {
  scanners: readonly Scanner[];
  catalogers: readonly Cataloger[];
  ctx: ScanContext;
  catalogCtx: CatalogContext;
  maxFileSize: number;
  /** The scanners' pre-pass results by scanner id (core/prepare.ts), given to their scanFile as ctx.prepared. */
  prepared?: Record<string, unknown>;
}

/** What a batch of files yields; plain data, so a worker thread can send it back. */
export interface FileJobResult {
  drafts: { scanner: string; findings: DraftFinding[] }[];
  issues: ScanIssue[];
  packages: Package[];
  files: number;
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export function fileJobPlugins(
  root: string,
  config: PatchlineConfig,
  scanners: readonly Scanner[],
  catalogers: readonly Cataloger[],
): FileJobPlugins {
  const maxFileSize = parseSize(config.limits?.maxFileSize, DEFAULT_MAX_FILE_SIZE);
  return { scanners, catalogers, ctx: { root, config }, catalogCtx: { readFile: treeReader(root, maxFileSize) }, maxFileSize };
}

export function emptyResult(): FileJobResult {
  return { drafts: [], issues: [], packages: [], files: 0 };
}

export function wantsFile(plugins: FileJobPlugins, path: string): boolean {
  return plugins.scanners.some((s) => s.scanFile && s.matches(path)) || plugins.catalogers.some((c) => c.matches(path));
}

/** Reads each file once and offers it to every scanner and cataloger that asked for it. */
export async function runFileJob(files: readonly WalkedFile[], plugins: FileJobPlugins): Promise<FileJobResult> {
  const result = emptyResult();
  for (const file of files) {
    const scanners = plugins.scanners.filter((s) => s.scanFile && s.matches(file.path));
    const catalogers = plugins.catalogers.filter((c) => c.matches(file.path));
    if (scanners.length === 0 && catalogers.length === 0) continue;
    const read: { text?: string; size?: number; bytes?: Buffer; issue?: ScanIssue } = catalogers.some((c) => c.binary) ? binarySource(file, plugins.maxFileSize) : readSource(file, plugins.maxFileSize);
    if (read.issue) result.issues.push(read.issue);
    if (read.text === undefined) continue;
    const source: SourceFile = { path: file.path, size: read.size ?? 0, text: read.text, ...(read.bytes && { bytes: read.bytes }) };
    for (const scanner of scanners) {
      const prepared = plugins.prepared?.[scanner.meta.id];
      const ctx = prepared === undefined ? plugins.ctx : { ...plugins.ctx, prepared };
      await guarded(result, scanner.meta.id, file.path, async () => scanner.scanFile!(source, ctx));
    }
    for (const cataloger of catalogers) {
      await guarded(result, cataloger.meta.id, file.path, async () => {
        const out = await cataloger.extract(source, plugins.catalogCtx);
        result.packages.push(...out.packages);
        return out;
      });
    }
    result.files++;
    // Native memory a plugin let go of (parsed syntax trees) is freed by finalizers that run only when
    // the event loop turns; a batch of files without a turn would hold all of it.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return result;
}

/** A package database read as bytes (binary catalogers); text readers of the same file get it as text when it is text. */
function binarySource(file: WalkedFile, maxBytes: number): { text?: string; size: number; bytes?: Buffer; issue?: ScanIssue } {
  const read = readBytes(file, maxBytes);
  if (!read.bytes) return { size: 0, issue: read.issue };
  const decoded = decodeText(read.bytes, file.path);
  return { text: decoded.text ?? '', size: read.bytes.length, bytes: read.bytes };
}

/** Runs one plugin on one input; what it found is recorded, and a crash becomes an issue. */
export async function guarded(
  result: FileJobResult,
  plugin: string,
  path: string | undefined,
  run: () => Promise<{ findings?: DraftFinding[]; issues?: Omit<ScanIssue, 'scanner'>[] }>,
): Promise<void> {
  try {
    const out = await run();
    if (out.findings?.length) result.drafts.push({ scanner: plugin, findings: out.findings });
    for (const issue of out.issues ?? []) result.issues.push({ ...issue, scanner: plugin });
  } catch (err) {
    result.issues.push({
      code: 'scanner-error',
      message: `${plugin} failed${path ? ' on this file' : ''}: ${errorMessage(err)}`,
      ...(path && { path }),
      scanner: plugin,
    });
  }
}

export function addResult(into: FileJobResult, from: FileJobResult): void {
  into.drafts.push(...from.drafts);
  into.issues.push(...from.issues);
  into.packages.push(...from.packages);
  into.files += from.files;
}
