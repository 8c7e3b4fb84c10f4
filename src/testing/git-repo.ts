import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Temporary git repositories for tests: real `git`, a fixed identity, no global config leaking in. */

export const TEST_IDENTITY = { name: 'Dev Eloper', email: 'dev@example.test' };

export function runGit(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(rel: string, text: string): void;
  cleanup(): void;
}

/** A repository with one commit of `files` on `branch`; `identity: false` leaves user.name/email unset. */
export function tempRepo(files: Record<string, string>, options: { branch?: string; identity?: boolean } = {}): TempRepo {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'patchline-repo-'));
  const dir = path.join(parent, 'repo');
  mkdirSync(dir);
  const repo: TempRepo = {
    dir,
    git: (...args) => runGit(dir, ...args),
    write(rel, text) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    },
    cleanup: () => rmSync(parent, { recursive: true, force: true }),
  };
  repo.git('init', '--quiet', '-b', options.branch ?? 'main');
  repo.git('config', 'commit.gpgsign', 'false');
  if (options.identity !== false) {
    repo.git('config', 'user.name', TEST_IDENTITY.name);
    repo.git('config', 'user.email', TEST_IDENTITY.email);
  }
  for (const [rel, text] of Object.entries(files)) repo.write(rel, text);
  repo.git('add', '-A');
  repo.git('-c', `user.name=${TEST_IDENTITY.name}`, '-c', `user.email=${TEST_IDENTITY.email}`, 'commit', '--quiet', '-m', 'initial');
  return repo;
}

/** A bare repository to push to, as a remote named `origin` of repo. */
export function bareRemote(repo: TempRepo, name = 'origin'): string {
  const bare = path.join(path.dirname(repo.dir), `${name}.git`);
  runGit(path.dirname(repo.dir), 'init', '--quiet', '--bare', bare);
  repo.git('remote', 'add', name, bare);
  return bare;
}
