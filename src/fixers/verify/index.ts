import path from 'node:path';
import { errorMessage } from '../../core/errors.js';
import { git } from '../../core/git.js';
import { openScratchWorktree } from '../../core/scratch-worktree.js';
import type { VerifiedChange, VerifyRequest } from './types.js';
import { verifyOne } from './verify-one.js';

export type { Replan, VerificationEvidence, VerifiedChange, VerifyRequest } from './types.js';
export { describeEvidence } from './verify-one.js';

/**
 * Verifies change sets in order, each on top of the ones kept before it, in a scratch worktree of the
 * base commit. A kept change is staged there (the index is the checkpoint); anything else — a rejected
 * change, files the check command wrote — is rolled back before the next one.
 */
export async function verifyChangeSets(request: VerifyRequest): Promise<VerifiedChange[]> {
  const scratch = await openScratchWorktree(request.repoTop, request.base);
  const scanRoot = path.join(scratch.root, request.prefix);
  const results: VerifiedChange[] = [];
  try {
    for (const [i, changeSet] of request.changeSets.entries()) {
      request.progress?.update(`verifying fix ${i + 1}/${request.changeSets.length}: ${changeSet.title ?? changeSet.fixer}`);
      const outcome = await verifyOne(changeSet, scanRoot, request).catch((err: unknown): VerifiedChange => {
        const reason = `verification failed: ${errorMessage(err)}`;
        return { changeSet: { ...changeSet, verification: { status: 'failed', details: reason } }, accepted: false, kept: false, reason };
      });
      const kept = outcome.accepted || (outcome.kept && request.allowUnverified === true);
      if (kept) await stage(scratch.root, request.prefix, outcome.changeSet.edits.map((e) => e.path));
      await rollBack(scratch.root);
      results.push({ ...outcome, kept });
    }
  } finally {
    request.progress?.done();
    await scratch.close();
  }
  return results;
}

async function stage(top: string, prefix: string, paths: readonly string[]): Promise<void> {
  await git(['add', '--', ...paths.map((p) => (prefix ? `${prefix}/${p}` : p))], { cwd: top });
}

async function rollBack(top: string): Promise<void> {
  await git(['checkout', '--', '.'], { cwd: top });
  await git(['clean', '-fdq'], { cwd: top });
}
