import { guarded, type FileJobPlugins, type FileJobResult } from './file-job.js';
import { readSource } from './source-reader.js';
import type { WalkedFile } from './walker.js';
import type { SourceFile } from '../scanners/types.js';

/** Files and bytes one scanner's pre-pass reads at most: the pass sees a whole app, not a whole disk. */
export const MAX_PREPARE_FILES = 5_000;
export const MAX_PREPARE_BYTES = 64 * 1024 * 1024;

/** Does any scanner want a pre-pass over the tree before its files are scanned? */
export function wantsPrepare(plugins: FileJobPlugins): boolean {
  return plugins.scanners.some((s) => s.prepare && s.prepareMatches);
}

/**
 * The pre-pass of the scanners that have one (`prepare`): each reads the files it asks for, within the
 * bounds above (the rest are left out of the pass, with one issue saying so), and returns plain data that
 * reaches its `scanFile` as `ctx.prepared`, on this thread and in the workers. A pre-pass that fails is an
 * issue; the scan goes on without its data.
 */
export async function runPrepare(files: readonly WalkedFile[], plugins: FileJobPlugins, total: FileJobResult): Promise<Record<string, unknown>> {
  const prepared: Record<string, unknown> = {};
  for (const scanner of plugins.scanners) {
    if (!scanner.prepare || !scanner.prepareMatches) continue;
    const sources: SourceFile[] = [];
    let bytes = 0;
    let left = 0;
    for (const file of files) {
      if (!scanner.prepareMatches(file.path)) continue;
      if (sources.length >= MAX_PREPARE_FILES || bytes >= MAX_PREPARE_BYTES) {
        left++;
        continue;
      }
      const read = readSource(file, plugins.maxFileSize);
      if (read.text === undefined) continue;
      bytes += read.size;
      sources.push({ path: file.path, size: read.size, text: read.text });
    }
    if (left > 0) {
      total.issues.push({
        code: 'prepare-truncated',
        scanner: scanner.meta.id,
        message: `the pre-pass read the first ${sources.length} files (${Math.round(bytes / 2 ** 20)} MiB) and left ${left} out; scan one application at a time for facts across all of its modules`,
      });
    }
    await guarded(total, scanner.meta.id, undefined, async () => {
      prepared[scanner.meta.id] = await scanner.prepare!(sources, plugins.ctx);
      return {};
    });
  }
  return prepared;
}
