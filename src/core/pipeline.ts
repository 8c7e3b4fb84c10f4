import { dedupe } from './dedupe.js';
import { fingerprintAll } from './fingerprint.js';
import { applyIgnores, todayUtc } from './ignores.js';
import type { PatchlineConfig } from './config.js';
import { errorMessage } from './errors.js';
import { addResult, emptyResult, fileJobPlugins, guarded, runFileJob, wantsFile, type FileJobPlugins, type FileJobResult } from './file-job.js';
import type { Finding, Package, ScanIssue, ScanResult, Target } from './model.js';
import { scanImage, type ImageScanOptions } from './image-scan.js';
import { SCHEMA_VERSION, severityRank } from './model.js';
import { silentProgress, type Progress } from './progress.js';
import { walk, type WalkedFile } from './walker.js';
import { mergePackages } from './packages.js';
import { runPrepare, wantsPrepare } from './prepare.js';
import type { Cataloger } from '../catalogers/types.js';
import type { DraftFinding, ScanContext, Scanner } from '../scanners/types.js';

/** Files scanned on the main thread before batches go to the worker pool. */
const INLINE_FILES = 100;
/** Small batches keep the threads evenly loaded to the end (files differ in size by 1000x). */
const BATCH_FILES = 50;

/** Scans batches of files on other threads (see src/cli/worker-pool.ts). */
export interface FileJobPool {
  size: number;
  run(files: WalkedFile[]): Promise<FileJobResult>;
  /** Hands the scanners' pre-pass results to the workers (before the first batch). */
  share?(prepared: Record<string, unknown>): void;
}

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
  /** Worker threads for large trees; without one everything runs on this thread. */
  pool?: FileJobPool;
  /** Findings other tools reported (see src/importers), merged and deduplicated with patchline's own. */
  imported?: { drafts: { scanner: string; findings: DraftFinding[] }[]; issues: ScanIssue[]; properties?: Record<string, string> };
  progress?: Progress;
  now?: () => Date;
  /** Scan only these paths (relative to root): re-scans of the files a fix changed. Excludes still apply. */
  paths?: readonly string[];
  /** Scan the running application at this URL instead of the directory (scanners with scanUrl). */
  url?: string;
  /** URL scans: run the rules that send attack payloads too. */
  active?: boolean;
  /** Scan this container image instead of the directory (its layers are read once; see core/image-scan.ts). */
  image?: ImageScanOptions;
}

/** What one kind of target leaves for the shared tail of the pipeline. */
interface Scanned {
  target: Target;
  packages: Package[];
  snapshot?: ScanResult['snapshot'];
}

/** The orchestrator: walk → read → scan → fingerprint → dedupe → policy. The one place that knows the order. */
export async function runScan(request: ScanRequest): Promise<ScanResult> {
  const now = request.now ?? (() => new Date());
  const started = now();
  const t0 = performance.now();
  const progress = request.progress ?? silentProgress;
  const total = emptyResult();
  const { target, packages, snapshot } = request.image
    ? await scanImage(request, request.image, total, progress)
    : request.url
      ? { target: { kind: 'url' as const, ref: request.url }, packages: await scanUrl(request, request.url, total, progress) }
      : { target: { kind: 'directory' as const, ref: request.ref ?? request.root }, packages: await scanTree(request, total, progress) };
  progress.done();

  const issues = [...total.issues, ...(request.imported?.issues ?? [])];
  const drafts = [...total.drafts, ...(request.imported?.drafts ?? [])];
  const findings = applyIgnores(dedupe(stamp(drafts)), request.config.ignore ?? [], todayUtc(now())).sort(byImportance);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: request.tool,
    target,
    startedAt: started.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    scanners: [...request.scanners.map((s) => s.meta.id), ...[...new Set(request.imported?.drafts.map((d) => d.scanner) ?? [])].sort()],
    packages,
    findings,
    ...(request.imported?.properties && Object.keys(request.imported.properties).length > 0 && { properties: request.imported.properties }),
    issues: issues.sort((a, b) => (a.path ?? '').localeCompare(b.path ?? '') || a.code.localeCompare(b.code)),
    ...(snapshot && { snapshot }),
  };
}

/** A directory: walk once, offer each file to the plugins, then the packages to the dependency scanners. */
async function scanTree(request: ScanRequest, total: FileJobResult, progress: Progress): Promise<Package[]> {
  const plugins = fileJobPlugins(request.root, request.config, request.scanners, request.catalogers ?? []);
  const walkIssues: ScanIssue[] = [];
  const files = walk({
    root: request.root,
    exclude: request.config.exclude ?? [],
    gitignore: request.config.gitignore ?? true,
    ...(request.config.limits?.maxFiles && { maxFiles: request.config.limits.maxFiles }),
    onIssue: (issue) => walkIssues.push(issue),
  });
  // With nothing that reads files (an import of other tools' reports), the tree is not walked at all.
  if (wantsPrepare(plugins)) {
    // A pre-pass sees the whole tree (a re-scan of a few paths still needs their app's other modules).
    const all: WalkedFile[] = [];
    for await (const file of files) all.push(file);
    progress.update(`preparing… ${all.length} files`);
    plugins.prepared = await runPrepare(all, plugins, total);
    request.pool?.share?.(plugins.prepared);
    await scanFiles(onlyPaths(listed(all), request.paths), plugins, request.pool, total, progress);
  } else if (request.scanners.some((s) => s.scanFile) || plugins.catalogers.length > 0) {
    await scanFiles(onlyPaths(files, request.paths), plugins, request.pool, total, progress);
  }
  total.issues.push(...walkIssues);

  const packages = mergePackages(total.packages);
  await scanPackages(request, packages, plugins.ctx, total, progress);
  return packages;
}

/** The dependency scanners, once, on every package the catalogers found. */
export async function scanPackages(request: ScanRequest, packages: Package[], ctx: ScanContext, total: FileJobResult, progress: Progress): Promise<void> {
  for (const scanner of request.scanners.filter((s) => s.scanPackages)) {
    progress.update(`${scanner.meta.id}: checking ${packages.length} packages…`);
    await guarded(total, scanner.meta.id, undefined, async () => scanner.scanPackages!(packages, ctx));
  }
}

/** A running application: each scanner that can scan a URL sends its own requests. */
async function scanUrl(request: ScanRequest, url: string, total: FileJobResult, progress: Progress): Promise<Package[]> {
  const ctx = { url, config: request.config, active: request.active ?? false, progress };
  for (const scanner of request.scanners.filter((s) => s.scanUrl)) {
    await guarded(total, scanner.meta.id, undefined, async () => scanner.scanUrl!(ctx));
  }
  return [];
}

/**
 * Offers every walked file to the plugins. The first files are scanned on this thread, so a small tree
 * never pays for starting workers; past that, batches go to the worker pool when there is one, and this
 * thread takes a batch whenever every worker is busy.
 */
async function scanFiles(
  files: AsyncIterable<WalkedFile>,
  plugins: FileJobPlugins,
  pool: FileJobPool | undefined,
  total: FileJobResult,
  progress: Progress,
): Promise<void> {
  const pending = new Set<Promise<void>>();
  let batch: WalkedFile[] = [];
  let inline = 0;
  const dispatch = (jobFiles: WalkedFile[]): void => {
    const job = pool!
      .run(jobFiles)
      .catch(async (err: unknown) => {
        // A worker that fails must not lose its batch: scan it here and say so.
        total.issues.push({ code: 'worker-error', message: `a scan worker failed (${errorMessage(err)}); its files were scanned on the main thread` });
        return runFileJob(jobFiles, plugins);
      })
      .then((r) => {
        addResult(total, r);
        progress.update(`scanning… ${total.files} files`);
      })
      .finally(() => pending.delete(job));
    pending.add(job);
  };
  for await (const file of files) {
    if (!wantsFile(plugins, file.path)) continue;
    if (!pool || inline < INLINE_FILES) {
      inline++;
      addResult(total, await runFileJob([file], plugins));
      progress.update(`scanning… ${total.files} files`);
      continue;
    }
    batch.push(file);
    if (batch.length === BATCH_FILES) {
      // Every worker has a batch running and one waiting: this thread scans the next one itself.
      if (pending.size >= pool.size * 2) {
        addResult(total, await runFileJob(batch, plugins));
        progress.update(`scanning… ${total.files} files`);
      } else {
        dispatch(batch);
      }
      batch = [];
    }
  }
  if (batch.length > 0) dispatch(batch);
  await Promise.all(pending);
}

async function* listed<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

async function* onlyPaths(files: AsyncIterable<WalkedFile>, paths: readonly string[] | undefined): AsyncGenerator<WalkedFile> {
  const wanted = paths && new Set(paths);
  for await (const file of files) if (!wanted || wanted.has(file.path)) yield file;
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
