import path from 'node:path';
import { PatchlineError, UsageError } from '../../core/errors.js';
import { git, gitConfig, gitRun, resolveCommit } from '../../core/git.js';
import type { Finding } from '../../core/model.js';
import { openScratchWorktree } from '../../core/scratch-worktree.js';
import { applyEdits } from '../../fixers/verify/apply.js';
import type { VerifiedChange } from '../../fixers/verify/index.js';
import { changeTitle, setId } from '../describe.js';
import type { BaseBranch } from './base-branch.js';
import { commitMessage, FIX_TRAILER } from './commit-message.js';

export { findBaseBranch, type BaseBranch } from './base-branch.js';
export { commitMessage, FIX_TRAILER } from './commit-message.js';

/** Who commits when the repository has no git identity configured. */
export const PATCHLINE_IDENTITY = { name: 'patchline', email: 'patchline@users.noreply.github.com' };

export interface BranchRequest {
  repoTop: string;
  /** The scan root inside the repository ('' for its top); edit paths are relative to it. */
  prefix: string;
  base: BaseBranch;
  /** Changes kept by verification, in the order they were verified. */
  changes: readonly VerifiedChange[];
  findings: readonly Finding[];
}

export interface DeliveredBranch {
  name: string;
  base: BaseBranch;
  head: string;
  commits: { sha: string; title: string }[];
  /** Every fingerprint the branch fixes, sorted. */
  findings: string[];
  /** The branch existed (an earlier run for the same findings) and was moved to the new commits. */
  replaced: boolean;
}

/** `patchline/fix-<id>`: the same findings give the same branch, so a re-run updates it instead of adding one. */
export function branchName(changes: readonly VerifiedChange[]): string {
  return `patchline/fix-${setId(changes.flatMap((c) => c.changeSet.findings)).slice(0, 8)}`;
}

/**
 * Commits each kept change on a fresh branch from the base, one commit per fix unit, in a scratch
 * worktree: the user's working tree, index and checked-out branch are never touched.
 */
export async function deliverBranch(request: BranchRequest): Promise<DeliveredBranch> {
  if (request.changes.length === 0) throw new PatchlineError('internal', 'no verified change to deliver');
  const name = branchName(request.changes);
  const previous = await ownedBranchTip(request, name);
  const env = await commitIdentity(request.repoTop);
  const scratch = await openScratchWorktree(request.repoTop, request.base.commit);
  const commits: DeliveredBranch['commits'] = [];
  try {
    for (const change of request.changes) {
      const edits = change.changeSet.edits;
      const conflicts = await applyEdits(path.join(scratch.root, request.prefix), edits);
      if (conflicts.length > 0) {
        throw new PatchlineError('internal', `a verified change no longer applies on ${request.base.name} (${conflicts[0]!.path}: ${conflicts[0]!.reason}); run patchline fix again`);
      }
      await git(['add', '--', ...edits.map((e) => (request.prefix ? `${request.prefix}/${e.path}` : e.path))], { cwd: scratch.root });
      await git(['commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', commitMessage(change, request.findings)], { cwd: scratch.root, env });
      commits.push({ sha: await git(['rev-parse', 'HEAD'], { cwd: scratch.root }), title: changeTitle(change.changeSet) });
    }
    const head = commits.at(-1)!.sha;
    await git(['update-ref', '-m', 'patchline fix', `refs/heads/${name}`, head, previous ?? ''], { cwd: request.repoTop });
    const findings = [...new Set(request.changes.flatMap((c) => c.changeSet.findings))].sort();
    return { name, base: request.base, head, commits, findings, replaced: previous !== undefined };
  } finally {
    await scratch.close();
  }
}

/**
 * The tip of an existing fix branch, which may be replaced only when every commit on it is patchline's
 * and nobody has it checked out; a branch someone worked on is never overwritten.
 */
async function ownedBranchTip(request: BranchRequest, name: string): Promise<string | undefined> {
  const tip = await resolveCommit(request.repoTop, `refs/heads/${name}`);
  if (!tip) return undefined;
  const worktrees = await git(['worktree', 'list', '--porcelain'], { cwd: request.repoTop });
  if (worktrees.split('\n').includes(`branch refs/heads/${name}`)) {
    throw new UsageError(`branch ${name} is checked out; switch to another branch so patchline can update it, or delete it`);
  }
  const foreign = await foreignCommits(request.repoTop, request.base.commit, tip);
  if (foreign > 0) {
    throw new UsageError(`branch ${name} has ${foreign} commit(s) not made by patchline; rename or delete it (git branch -m ${name} <new-name>) and run again`);
  }
  return tip;
}

/** Commits between base and tip without patchline's trailer: someone else's work. */
export async function foreignCommits(top: string, base: string, tip: string): Promise<number> {
  const bodies = (await gitRun(['log', '--format=%B%x00', `${base}..${tip}`], { cwd: top })).stdout.split('\0');
  return bodies.filter((b) => b.trim() && !new RegExp(`^${FIX_TRAILER}: `, 'm').test(b)).length;
}

/** The repository's own identity when it has one; otherwise patchline's, so a commit never fails for want of a name. */
async function commitIdentity(top: string): Promise<Record<string, string>> {
  const [name, email] = await Promise.all([gitConfig(top, 'user.name'), gitConfig(top, 'user.email')]);
  if (name && email) return {};
  return {
    GIT_AUTHOR_NAME: name ?? PATCHLINE_IDENTITY.name,
    GIT_AUTHOR_EMAIL: email ?? PATCHLINE_IDENTITY.email,
    GIT_COMMITTER_NAME: name ?? PATCHLINE_IDENTITY.name,
    GIT_COMMITTER_EMAIL: email ?? PATCHLINE_IDENTITY.email,
  };
}
