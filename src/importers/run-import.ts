import type { PatchlineConfig } from '../core/config.js';
import type { ScanResult } from '../core/model.js';
import { runScan } from '../core/pipeline.js';
import { importRefs } from './import-refs.js';
import type { ImportedReports } from './registry.js';

export interface ImportRequest {
  /** Report files as the user named them. */
  paths: readonly string[];
  /** Absolute or `file://` paths in the reports under this directory become relative to it. */
  root?: string;
  config: PatchlineConfig;
  tool: { name: string; version: string };
  now?: () => Date;
}

export interface ImportRun {
  result: ScanResult;
  reports: ImportedReports['reports'];
  properties: Record<string, string>;
}

/**
 * Imports other tools' reports into a ScanResult through the same pipeline as a scan (stamp, dedupe
 * across tools, ignores), with no scanner and no walk of the tree.
 */
export async function runImport(request: ImportRequest): Promise<ImportRun> {
  const imported = await importRefs(request.paths, request.root === undefined ? {} : { root: request.root });
  const result = await runScan({
    root: request.root ?? '.',
    ref: request.root ?? '.',
    config: request.config,
    scanners: [],
    tool: request.tool,
    imported,
    ...(request.now && { now: request.now }),
  });
  return { result, reports: imported.reports, properties: imported.properties };
}
