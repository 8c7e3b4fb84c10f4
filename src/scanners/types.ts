import type { PatchlineConfig } from '../core/config.js';
import type { Finding, Package, RuleMeta, ScanIssue } from '../core/model.js';
import type { Progress } from '../core/progress.js';

export interface PluginMeta {
  /** Equals the plugin's folder name. */
  id: string;
  version: string;
  summary: string;
}

/** One file the core walker offers to the scanners that asked for it. */
export interface SourceFile {
  /** Relative to the scan root, forward slashes. */
  path: string;
  size: number;
  /** Decoded as UTF-8; invalid bytes become U+FFFD (reported once by the core). Empty for binary readers. */
  text: string;
  /** The raw bytes, given only to catalogers that declare `binary`. */
  bytes?: Buffer;
}

/** A finding before the pipeline stamps scanner and fingerprint on it. */
export interface DraftFinding extends Omit<Finding, 'fingerprint' | 'scanner'> {
  /**
   * What identifies this finding within its file apart from its line: normalized source text, a hash of
   * a secret, a key path. Must not contain a raw secret or a line number.
   */
  fingerprintContent: string;
}

export interface FileScanOutput {
  findings: DraftFinding[];
  /** Non-fatal problems (e.g. a part of the file that would not parse); findings found so far are kept. */
  issues?: Omit<ScanIssue, 'scanner'>[];
}

export interface ScanContext {
  root: string;
  config: PatchlineConfig;
  /** What this scanner's `prepare` returned for the tree being scanned (see core/prepare.ts). */
  prepared?: unknown;
}

/** A scan of a running application at a URL (`patchline scan --url`). */
export interface UrlScanContext {
  url: string;
  config: PatchlineConfig;
  /** Run the rules that attack (send payloads), not only those that look. */
  active: boolean;
  progress: Progress;
}

export interface Scanner {
  meta: PluginMeta;
  rules: readonly RuleMeta[];
  /** Does this scanner want the file at this relative path? Called once per walked path. */
  matches(path: string): boolean;
  scanFile?(file: SourceFile, ctx: ScanContext): FileScanOutput | Promise<FileScanOutput>;
  /** The files a pre-pass reads before any `scanFile` (e.g. the modules of an app, for facts across them). */
  prepareMatches?(path: string): boolean;
  /**
   * The pre-pass, once per scan over the files `prepareMatches` accepts (bounded by core/prepare.ts). Its
   * result must be plain data: it is copied to worker threads, and reaches `scanFile` as `ctx.prepared`.
   */
  prepare?(files: readonly SourceFile[], ctx: ScanContext): unknown;
  /** Runs once after the walk on every package the catalogers found (dependency scanners). */
  scanPackages?(packages: readonly Package[], ctx: ScanContext): FileScanOutput | Promise<FileScanOutput>;
  /** Scans a running application (URL targets only); the scanner sends its own requests. */
  scanUrl?(ctx: UrlScanContext): Promise<FileScanOutput>;
}
