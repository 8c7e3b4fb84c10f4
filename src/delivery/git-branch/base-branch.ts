import { UsageError } from '../../core/errors.js';
import { gitConfig, gitRun, resolveCommit } from '../../core/git.js';

/** The branch fixes are cut from: the repository's default branch. */
export interface BaseBranch {
  /** Branch name, e.g. main. */
  name: string;
  /** The ref it was read from: refs/heads/main, or refs/remotes/origin/main when there is no local one. */
  ref: string;
  commit: string;
}

/**
 * Finds the default branch the way a person would: what the remote says its HEAD is, then
 * init.defaultBranch, then main and master; the local branch wins over the remote-tracking one.
 */
export async function findBaseBranch(top: string, remote = 'origin'): Promise<BaseBranch> {
  const tried: string[] = [];
  const candidates: string[] = [];
  const remoteHead = await gitRun(['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`], { cwd: top, okCodes: [1, 128] });
  const fromRemote = remoteHead.code === 0 ? remoteHead.stdout.trim().replace(`refs/remotes/${remote}/`, '') : undefined;
  tried.push(`${remote}/HEAD (${fromRemote ?? 'not set'})`);
  if (fromRemote) candidates.push(fromRemote);
  const configured = await gitConfig(top, 'init.defaultBranch');
  tried.push(`init.defaultBranch (${configured ?? 'not set'})`);
  if (configured) candidates.push(configured);
  candidates.push('main', 'master');
  for (const name of new Set(candidates)) {
    for (const ref of [`refs/heads/${name}`, `refs/remotes/${remote}/${name}`]) {
      const commit = await resolveCommit(top, ref);
      if (commit) return { name, ref, commit };
    }
  }
  throw new UsageError(
    `this repository has no default branch to cut the fix branch from: tried ${tried.join(', ')}, then ${[...new Set(candidates)].join(', ')} — ` +
      `none exists locally or on ${remote}. Create or fetch it (e.g. 'git fetch ${remote}' or 'git branch main'), or set init.defaultBranch.`,
  );
}
