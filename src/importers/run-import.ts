import type { PatchlineConfig } from '../core/config.js';
import { dedupe } from '../core/dedupe.js';
import { fingerprintAll } from '../core/fingerprint.js';
import { applyIgnores, todayUtc } from '../core/ignores.js';
import { SCHEMA_VERSION, severityRank, type Finding, type ScanResult } from '../core/model.js';
import type { DraftFinding } from '../scanners/types.js';
import { importReports, type ImportedReports } from './registry.js';

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
 * Imports other tools' reports into a ScanResult: decode → stamp fingerprints → dedupe (as the pipeline:
 * same fingerprint, or the same line with a CWE in common across tools) → ignores.
 */
export async function runImport(request: ImportRequest): Promise<ImportRun> {
  const now = request.now ?? (() => new Date());
  const started = now();
  const t0 = performance.now();
  const imported = await importReports(request.paths, request.root === undefined ? {} : { root: request.root });
  const findings = applyIgnores(dedupe(stampDrafts(imported.drafts)), request.config.ignore ?? [], todayUtc(now())).sort(byImportance);
  const result: ScanResult = {
    schemaVersion: SCHEMA_VERSION,
    tool: request.tool,
    target: { kind: 'directory', ref: request.root ?? '.' },
    startedAt: started.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    scanners: [...new Set(imported.drafts.map((d) => d.scanner))].sort(),
    packages: [],
    findings,
    issues: imported.issues.sort((a, b) => (a.path ?? '').localeCompare(b.path ?? '') || a.code.localeCompare(b.code)),
  };
  return { result, reports: imported.reports, properties: imported.properties };
}

/** As the pipeline stamps drafts: in line order per report, identical matches get increasing occurrences. */
export function stampDrafts(drafts: readonly { scanner: string; findings: readonly DraftFinding[] }[]): Finding[] {
  const out: Finding[] = [];
  for (const { scanner, findings } of drafts) {
    const ordered = [...findings].sort((a, b) => lineOf(a) - lineOf(b) || columnOf(a) - columnOf(b));
    const prints = fingerprintAll(ordered, (d) => ({ ruleId: d.ruleId, identity: identityOf(d), content: d.fingerprintContent }));
    ordered.forEach((d, i) => {
      const { fingerprintContent: _omit, ...rest } = d;
      out.push({ ...rest, scanner, fingerprint: prints[i]!, sources: [scanner] });
    });
  }
  return out;
}

function identityOf(d: DraftFinding): string {
  const loc = d.location;
  if (loc.kind === 'file') return loc.path;
  if (loc.kind === 'package') return `${loc.ecosystem}/${loc.name}@${loc.version}`;
  return `${loc.method ?? 'GET'} ${loc.url} ${loc.param ?? ''}`;
}

function lineOf(f: { location: Finding['location'] }): number {
  return f.location.kind === 'file' ? f.location.startLine : 0;
}

function columnOf(f: { location: Finding['location'] }): number {
  return f.location.kind === 'file' ? (f.location.startColumn ?? 0) : 0;
}

function pathOf(f: Finding): string {
  const loc = f.location;
  return loc.kind === 'file' ? loc.path : loc.kind === 'package' ? (loc.path ?? loc.name) : loc.url;
}

function byImportance(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity) || pathOf(a).localeCompare(pathOf(b)) || lineOf(a) - lineOf(b) || a.ruleId.localeCompare(b.ruleId);
}
