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

/**
 * A problem the fix caused: a finding or a scan issue (a file that no longer parses) that was not there
 * before. A finding whose fingerprint changed because the fix edited the text it is keyed on (a
 * "missing HEALTHCHECK" keyed on the FROM line the fix re-pinned) is the same finding, not a new one:
 * new findings of a rule in a file count only beyond the untargeted ones of that rule and file that went away.
 */
export function introduced(before: Rescan, after: Rescan, targeted: readonly string[] = []): { findings: Finding[]; issues: ScanIssue[] } {
  const had = new Set(before.findings.map((f) => f.fingerprint));
  const has = new Set(after.findings.map((f) => f.fingerprint));
  const skip = new Set(targeted);
  const changed = new Map<string, number>();
  for (const f of before.findings) {
    if (!has.has(f.fingerprint) && !skip.has(f.fingerprint)) changed.set(ruleAndPlace(f), (changed.get(ruleAndPlace(f)) ?? 0) + 1);
  }
  const findings = after.findings.filter((f) => {
    if (had.has(f.fingerprint)) return false;
    const left = changed.get(ruleAndPlace(f)) ?? 0;
    if (left === 0) return true;
    changed.set(ruleAndPlace(f), left - 1);
    return false;
  });
  const hadIssues = new Set(before.issues.map(issueKey));
  return { findings, issues: after.issues.filter((i) => !hadIssues.has(issueKey(i))) };
}

/**
 * The fingerprint each targeted finding has in the tree as it is now. An earlier fix may have edited the
 * text a finding is keyed on (the RUN line two Dockerfile fixes both rewrite): then the finding of the
 * same rule and place that the original scan does not know is taken as this one.
 */
export function currentPrints(targeted: readonly string[], findings: readonly Finding[], before: Rescan): Map<string, string> {
  const now = new Set(before.findings.map((f) => f.fingerprint));
  const known = new Set(findings.map((f) => f.fingerprint));
  const claimed = new Set<string>();
  const out = new Map<string, string>();
  for (const fp of targeted) {
    const original = findings.find((f) => f.fingerprint === fp);
    const moved = !now.has(fp) && original
      ? before.findings.find((f) => !known.has(f.fingerprint) && !claimed.has(f.fingerprint) && ruleAndPlace(f) === ruleAndPlace(original))
      : undefined;
    if (moved) claimed.add(moved.fingerprint);
    out.set(fp, moved?.fingerprint ?? fp);
  }
  return out;
}

function ruleAndPlace(f: Finding): string {
  const l = f.location;
  return `${f.ruleId}\0${l.kind === 'file' ? l.path : l.kind === 'package' ? `${l.ecosystem}/${l.name}` : l.url}`;
}

function issueKey(i: ScanIssue): string {
  return `${i.scanner ?? ''}\0${i.code}\0${i.path ?? ''}`;
}
