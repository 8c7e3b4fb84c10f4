import type { Cataloger } from '../../catalogers/types.js';
import type { PatchlineConfig } from '../../core/config.js';
import type { ChangeSet, Finding, ScanIssue } from '../../core/model.js';
import type { Progress } from '../../core/progress.js';
import type { Scanner } from '../../scanners/types.js';
import type { CommandOutcome } from './command.js';

/** Plans a change set again against the tree it must now apply to (after an earlier fix changed its file). */
export type Replan = (changeSet: ChangeSet, root: string) => Promise<ChangeSet | { reason: string }>;

export interface VerifyRequest {
  /** The repository's top directory (the user's; it is only read). */
  repoTop: string;
  /** The scan root inside the repository, '' for its top: edit paths and finding paths are relative to it. */
  prefix: string;
  /** The commit fixes are applied on (the default branch's tip). */
  base: string;
  changeSets: readonly ChangeSet[];
  /** The findings of the scan the plan came from, to find what each change set targets. */
  findings: readonly Finding[];
  config: PatchlineConfig;
  /** The enabled scanners; every re-scan runs them all. */
  scanners: readonly Scanner[];
  /** Every scanner patchline has, to re-run the ones that reported a targeted finding. */
  knownScanners: readonly Scanner[];
  catalogers: readonly Cataloger[];
  tool: { name: string; version: string };
  /** Keep a change that applied but did not verify (`--allow-unverified`); it is marked failed. */
  allowUnverified?: boolean;
  replan?: Replan;
  progress?: Progress;
}

export interface VerificationEvidence {
  scanners: string[];
  /** The files re-scanned, relative to the scan root. */
  rescanned: string[];
  gone: string[];
  remaining: string[];
  /** Targeted findings the re-scan did not find before the change either: nothing proves them fixed. */
  notReproduced: string[];
  introduced: Finding[];
  introducedIssues: ScanIssue[];
  command?: CommandOutcome;
  /** The change set was planned again after an earlier fix changed its files. */
  replanned?: boolean;
}

export interface VerifiedChange {
  /** With `verification` set: passed, or failed with the reason in `details`. */
  changeSet: ChangeSet;
  accepted: boolean;
  /** Applied on top of the accepted ones and kept for delivery (accepted, or --allow-unverified). */
  kept: boolean;
  reason?: string;
  evidence?: VerificationEvidence;
}
