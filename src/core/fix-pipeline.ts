import { gitRun } from './git.js';
import type { PatchlineConfig } from './config.js';
import { errorMessage, UsageError } from './errors.js';
import type { ScanResult } from './model.js';
import { silentProgress, type Progress } from './progress.js';
import { locateRepo } from './scratch-worktree.js';
import { catalogers } from '../catalogers/registry.js';
import { deliverBranch, findBaseBranch, type DeliveredBranch } from '../delivery/git-branch/index.js';
import type { PullRequestResult } from '../delivery/github-pr/index.js';
import type { RetryPolicy } from '../delivery/github-pr/client.js';
import type { FixPlan, SkippedFinding } from '../fixers/plan.js';
import { verifyChangeSets, type Replan, type VerifiedChange } from '../fixers/verify/index.js';
import { scanners as knownScanners, selectScanners } from '../scanners/registry.js';

/** After planning: verify every change set, commit the kept ones on a branch, and open a pull request. */

export interface FixRunRequest {
  /** The scan root (where the plan's paths are relative to). */
  root: string;
  config: PatchlineConfig;
  result: ScanResult;
  plan: FixPlan;
  /** Plans one change set again on the tree it must now apply to. */
  replan?: Replan;
  allowUnverified: boolean;
  pr: boolean;
  tool: { name: string; version: string };
  progress?: Progress;
  env?: NodeJS.ProcessEnv;
  retry?: RetryPolicy;
}

export interface FixRun {
  verified: VerifiedChange[];
  skipped: SkippedFinding[];
  branch?: DeliveredBranch;
  pullRequest?: PullRequestResult;
  /** Why the pull request could not be opened; the branch is kept. */
  pullRequestError?: string;
  /** The working tree had uncommitted changes (left alone; the branch is cut from the default branch). */
  dirty: boolean;
}

export async function runFixes(request: FixRunRequest): Promise<FixRun> {
  const repo = await locateRepo(request.root);
  if (!repo) {
    throw new UsageError(`${request.root} is not inside a git repository: patchline fix delivers a git branch. Run 'git init' and commit first, or use --dry-run to see the diff`);
  }
  const remote = request.config.fix?.remote ?? 'origin';
  const base = await findBaseBranch(repo.top, remote);
  const dirty = (await gitRun(['status', '--porcelain', '--untracked-files=no'], { cwd: repo.top })).stdout.trim() !== '';
  const verified = await verifyChangeSets({
    repoTop: repo.top,
    prefix: repo.prefix,
    base: base.commit,
    changeSets: request.plan.changeSets,
    findings: request.result.findings,
    config: request.config,
    scanners: selectScanners(request.config.scanners),
    knownScanners,
    catalogers,
    tool: request.tool,
    allowUnverified: request.allowUnverified,
    ...(request.replan && { replan: request.replan }),
    progress: request.progress ?? silentProgress,
  });
  const run: FixRun = { verified, skipped: request.plan.skipped, dirty };
  const kept = verified.filter((v) => v.kept);
  if (kept.length === 0) return run;
  run.branch = await deliverBranch({ repoTop: repo.top, prefix: repo.prefix, base, changes: kept, findings: request.result.findings });
  if (!request.pr) return run;
  try {
    const { openPullRequest } = await import('../delivery/github-pr/index.js');
    run.pullRequest = await openPullRequest({
      repoTop: repo.top,
      config: request.config,
      content: { branch: run.branch, changes: verified, findings: request.result.findings, unfixable: request.plan.skipped, tool: request.tool },
      ...(request.env && { env: request.env }),
      ...(request.retry && { retry: request.retry }),
    });
  } catch (err) {
    run.pullRequestError = errorMessage(err);
  }
  return run;
}

