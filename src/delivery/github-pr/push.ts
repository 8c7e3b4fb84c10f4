import { UsageError } from '../../core/errors.js';
import { git, gitRun } from '../../core/git.js';
import { foreignCommits, type DeliveredBranch } from '../git-branch/index.js';

const PUSH_TIMEOUT_MS = 180_000;

/**
 * Pushes the fix branch. A remote branch of the same name is replaced only when it holds nothing but
 * patchline's commits, and only if it has not moved since it was read (an explicit lease).
 */
export async function pushBranch(top: string, remote: string, branch: DeliveredBranch, remoteRef = branch.name): Promise<void> {
  const listed = await git(['ls-remote', '--', remote, `refs/heads/${remoteRef}`], { cwd: top, timeoutMs: PUSH_TIMEOUT_MS });
  const current = listed.split('\t')[0] ?? '';
  if (current === branch.head) return;
  if (current) await requireOwned(top, remote, remoteRef, current, branch);
  await git(['push', '--quiet', '--no-verify', `--force-with-lease=refs/heads/${remoteRef}:${current}`, remote, `${branch.head}:refs/heads/${remoteRef}`], {
    cwd: top,
    timeoutMs: PUSH_TIMEOUT_MS,
  });
}

async function requireOwned(top: string, remote: string, remoteRef: string, tip: string, branch: DeliveredBranch): Promise<void> {
  const have = await gitRun(['cat-file', '-e', `${tip}^{commit}`], { cwd: top, okCodes: [1, 128] });
  if (have.code !== 0) await git(['fetch', '--quiet', '--no-tags', remote, `refs/heads/${remoteRef}`], { cwd: top, timeoutMs: PUSH_TIMEOUT_MS });
  const foreign = await foreignCommits(top, branch.base.commit, tip);
  if (foreign > 0) {
    throw new UsageError(
      `the branch ${remoteRef} on ${remote} has ${foreign} commit(s) not made by patchline, so patchline will not replace it; ` +
        `merge or delete that branch, then run again (your fixes are on the local branch ${branch.name})`,
    );
  }
}
