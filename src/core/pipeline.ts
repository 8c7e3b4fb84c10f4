import { fingerprintAll } from './fingerprint.js';
import { applyIgnores, todayUtc } from './ignores.js';
import type { PatchlineConfig } from './config.js';
import { parseSize } from './config.js';
import { errorMessage } from './errors.js';
import type { Finding, Package, ScanIssue, ScanResult } from './model.js';
import { SCHEMA_VERSION, severityRank } from './model.js';
import { silentProgress, type Progress } from './progress.js';
import { readSource } from './source-reader.js';
import { walk, type WalkedFile } from './walker.js';
import { mergePackages } from './packages.js';
import { treeReader } from './tree-reader.js';
import type { Cataloger } from '../catalogers/types.js';
import type { DraftFinding, Scanner, SourceFile } from '../scanners/types.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
const FILES_IN_FLIGHT = 16;

export interface ScanRequest {
  /** The directory to scan. */
  root: string;
  /** How the user named the target (shown in reports); defaults to root. */
  ref?: string;
  config: PatchlineConfig;
  scanners: readonly Scanner[];
  /** Catalogers whose packages go into the result and to the scanners' scanPackages. */
  catalogers?: readonly Cataloger[];
  tool: { name: string; version: string };
  progress?: Progress;
  now?: () => Date;
}

/** The orchestrator: walk → read → scan → fingerprint → dedupe → policy. The one place that knows the order. */
export async function runScan(request: ScanRequest): Promise<ScanResult> {
  const now = request.now ?? (() => new Date());
  const started = now();
  const t0 = performance.now();
  const progress = request.progress ?? silentProgress;
  const issues: ScanIssue[] = [];
  const drafts: { scanner: string; findings: DraftFinding[] }[] = [];
  const found: Package[][] = [];
  const maxFileSize = parseSize(request.config.limits?.maxFileSize, DEFAULT_MAX_FILE_SIZE);
  const ctx = { root: request.root, config: request.config };
  const fileScanners = request.scanners.filter((s) => s.scanFile);
  const catalogers = request.catalogers ?? [];
  const catalogCtx = { readFile: treeReader(request.root, maxFileSize) };

  const record = (plugin: string, out: { findings?: DraftFinding[]; issues?: Omit<ScanIssue, 'scanner'>[] }): void => {
    if (out.findings?.length) drafts.push({ scanner: plugin, findings: out.findings });
    for (const issue of out.issues ?? []) issues.push({ ...issue, scanner: plugin });
  };
  const failed = (plugin: string, err: unknown, path?: string): void => {
    issues.push({ code: 'scanner-error', message: `${plugin} failed${path ? ' on this file' : ''}: ${errorMessage(err)}`, ...(path && { path }), scanner: plugin });
  };

  let scannedFiles = 0;
  const scanOne = async (file: WalkedFile): Promise<void> => {
    const wanted = fileScanners.filter((s) => s.matches(file.path));
    const wantedCatalogers = catalogers.filter((c) => c.matches(file.path));
    if (wanted.length === 0 && wantedCatalogers.length === 0) return;
    const read = readSource(file, maxFileSize);
    if (read.issue) issues.push(read.issue);
    if (read.text === undefined) return;
    const source: SourceFile = { path: file.path, size: read.size, text: read.text };
    for (const scanner of wanted) {
      try {
        record(scanner.meta.id, await scanner.scanFile!(source, ctx));
      } catch (err) {
        failed(scanner.meta.id, err, file.path);
      }
    }
    for (const cataloger of wantedCatalogers) {
      try {
        const out = await cataloger.extract(source, catalogCtx);
        found.push(out.packages);
        record(cataloger.meta.id, out);
      } catch (err) {
        failed(cataloger.meta.id, err, file.path);
      }
    }
    scannedFiles++;
    progress.update(`scanning… ${scannedFiles} files`);
  };

  const inFlight = new Set<Promise<void>>();
  for await (const file of walk({
    root: request.root,
    exclude: request.config.exclude ?? [],
    gitignore: request.config.gitignore ?? true,
    ...(request.config.limits?.maxFiles && { maxFiles: request.config.limits.maxFiles }),
    onIssue: (issue) => issues.push(issue),
  })) {
    const job = scanOne(file).finally(() => inFlight.delete(job));
    inFlight.add(job);
    if (inFlight.size >= FILES_IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);

  const packages = mergePackages(found.flat());
  for (const scanner of request.scanners.filter((s) => s.scanPackages)) {
    progress.update(`${scanner.meta.id}: checking ${packages.length} packages…`);
    try {
      record(scanner.meta.id, await scanner.scanPackages!(packages, ctx));
    } catch (err) {
      failed(scanner.meta.id, err);
    }
  }
  progress.done();

  const findings = applyIgnores(dedupe(stamp(drafts)), request.config.ignore ?? [], todayUtc(now())).sort(byImportance);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: request.tool,
    target: { kind: 'directory', ref: request.ref ?? request.root },
    startedAt: started.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    scanners: request.scanners.map((s) => s.meta.id),
    packages,
    findings,
    issues: issues.sort((a, b) => (a.path ?? '').localeCompare(b.path ?? '') || a.code.localeCompare(b.code)),
  };
}

/** Gives every draft its scanner and fingerprint; identical matches in one file get increasing occurrences. */
function stamp(drafts: { scanner: string; findings: DraftFinding[] }[]): Finding[] {
  const out: Finding[] = [];
  for (const { scanner, findings } of drafts) {
    const ordered = [...findings].sort(byLine);
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

/** Two scanners reporting the same problem collapse into one finding that remembers both. */
function dedupe(findings: Finding[]): Finding[] {
  const byPrint = new Map<string, Finding>();
  for (const f of findings) {
    const seen = byPrint.get(f.fingerprint);
    if (!seen) byPrint.set(f.fingerprint, f);
    else seen.sources = [...new Set([...(seen.sources ?? []), ...(f.sources ?? [])])];
  }
  return [...byPrint.values()];
}

function lineOf(f: { location: Finding['location'] }): number {
  return f.location.kind === 'file' ? f.location.startLine : 0;
}

function byLine(a: DraftFinding, b: DraftFinding): number {
  return lineOf(a) - lineOf(b) || (a.location.kind === 'file' && b.location.kind === 'file' ? (a.location.startColumn ?? 0) - (b.location.startColumn ?? 0) : 0);
}

function byImportance(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    displayPath(a).localeCompare(displayPath(b)) ||
    lineOf(a) - lineOf(b) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

function displayPath(f: Finding): string {
  const loc = f.location;
  return loc.kind === 'file' ? loc.path : loc.kind === 'package' ? (loc.path ?? loc.name) : loc.url;
}
