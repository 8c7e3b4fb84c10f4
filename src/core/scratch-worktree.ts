import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { git, gitRun } from './git.js';

/**
 * A detached git worktree in a temporary directory: fixes are applied, verified and committed there,
 * so the user's working tree, index and HEAD are never touched.
 */
export interface ScratchWorktree {
  /** The worktree's top directory. */
  root: string;
  close(): Promise<void>;
}

export async function openScratchWorktree(repoRoot: string, commit: string): Promise<ScratchWorktree> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'patchline-fix-'));
  const root = path.join(parent, 'tree');
  try {
    await git(['worktree', 'add', '--detach', '--quiet', root, commit], { cwd: repoRoot });
  } catch (err) {
    await rm(parent, { recursive: true, force: true });
    throw err;
  }
  let closed = false;
  return {
    root,
    async close() {
      if (closed) return;
      closed = true;
      await gitRun(['worktree', 'remove', '--force', root], { cwd: repoRoot, okCodes: [128] });
      await rm(parent, { recursive: true, force: true });
      await gitRun(['worktree', 'prune'], { cwd: repoRoot, okCodes: [128] });
    },
  };
}

/** Where a scan root lives in a repository: its top directory and the root's path inside it ('' or 'sub/dir'). */
export interface RepoLocation {
  top: string;
  prefix: string;
}

export async function locateRepo(dir: string): Promise<RepoLocation | undefined> {
  const out = await gitRun(['rev-parse', '--show-toplevel', '--show-prefix'], { cwd: dir, okCodes: [128] });
  if (out.code !== 0) return undefined;
  const [top = '', prefix = ''] = out.stdout.split('\n');
  return { top, prefix: prefix.replace(/\/$/, '') };
}
