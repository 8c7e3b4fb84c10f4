import type { Cataloger } from '../../catalogers/types.js';
import type { PatchlineConfig } from '../../core/config.js';
import type { Finding, ScanIssue } from '../../core/model.js';
import { runScan } from '../../core/pipeline.js';
import type { Scanner } from '../../scanners/types.js';

/**
 * The scanners a re-scan needs: every enabled one plus those that reported the targeted findings —
 * those that read files or packages; a running service (dast) is not what a change to files can prove.
 */
export function scannersFor(targeted: readonly Finding[], enabled: readonly Scanner[], known: readonly Scanner[]): Scanner[] {
  const ids = new Set(enabled.map((s) => s.meta.id));
  for (const f of targeted) for (const id of f.sources ?? [f.scanner]) ids.add(id);
  return known.filter((s) => ids.has(s.meta.id) && (s.scanFile || s.scanPackages));
}

/** The files a change touches and the files its findings point at: what a re-scan must read. */
export function pathsFor(editPaths: readonly string[], targeted: readonly Finding[]): string[] {
  const paths = new Set(editPaths);
  for (const f of targeted) {
    if (f.location.kind === 'file') paths.add(f.location.path);
    else if (f.location.kind === 'package' && f.location.path) paths.add(f.location.path);
  }
  return [...paths].sort();
}

export interface RescanRequest {
  root: string;
  paths: readonly string[];
  scanners: readonly Scanner[];
  catalogers: readonly Cataloger[];
  config: PatchlineConfig;
  tool: { name: string; version: string };
}

export interface Rescan {
  findings: Finding[];
  issues: ScanIssue[];
}

export async function rescan(request: RescanRequest): Promise<Rescan> {
  const wantsPackages = request.scanners.some((s) => s.scanPackages);
  const result = await runScan({
    root: request.root,
    config: request.config,
    scanners: request.scanners,
    catalogers: wantsPackages ? request.catalogers : [],
    paths: request.paths,
    tool: request.tool,
  });
  return { findings: result.findings, issues: result.issues };
}

/** A problem the fix caused: a finding or a scan issue (a file that no longer parses) that was not there before. */
export function introduced(before: Rescan, after: Rescan): { findings: Finding[]; issues: ScanIssue[] } {
  const had = new Set(before.findings.map((f) => f.fingerprint));
  const hadIssues = new Set(before.issues.map(issueKey));
  return {
    findings: after.findings.filter((f) => !had.has(f.fingerprint)),
    issues: after.issues.filter((i) => !hadIssues.has(issueKey(i))),
  };
}

function issueKey(i: ScanIssue): string {
  return `${i.scanner ?? ''}\0${i.code}\0${i.path ?? ''}`;
}
