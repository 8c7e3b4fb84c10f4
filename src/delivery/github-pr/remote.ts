import { ConfigError } from '../../core/errors.js';
import { gitRun } from '../../core/git.js';
import type { RepoId } from './auth.js';
import { DEFAULT_API_URL } from './client.js';

export interface GitHubRemote extends RepoId {
  remote: string;
  apiUrl: string;
}

/**
 * Which GitHub repository a remote is, and its API: from fix.github when set, else from the remote's URL
 * (github.com → api.github.com; another host is taken as GitHub Enterprise at https://host/api/v3).
 */
export async function githubRemote(top: string, remote: string, configured: { repo?: string; apiUrl?: string } = {}): Promise<GitHubRemote> {
  const out = await gitRun(['remote', 'get-url', remote], { cwd: top, okCodes: [2, 128] });
  if (out.code !== 0) throw new ConfigError(`--pr pushes to the git remote '${remote}', which this repository does not have; add it (git remote add ${remote} URL) or set fix.remote`);
  const parsed = parseRemoteUrl(out.stdout.trim());
  const repo = configured.repo?.split('/') ?? (parsed && [parsed.owner, parsed.repo]);
  if (!repo) throw new ConfigError(`cannot tell which GitHub repository the remote '${remote}' is; set fix.github.repo (owner/name) in patchline.yaml`);
  const apiUrl = configured.apiUrl ?? (parsed && parsed.host !== 'github.com' ? `https://${parsed.host}/api/v3` : DEFAULT_API_URL);
  return { remote, owner: repo[0]!, repo: repo[1]!, apiUrl };
}

/** owner/repo and host from https://, ssh:// and scp-like (git@host:owner/repo.git) URLs. */
export function parseRemoteUrl(url: string): { host: string; owner: string; repo: string } | undefined {
  const m =
    /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url) ??
    /^(?:[^@/]+@)?([^/:]+):([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
  if (!m || m[1]!.includes('\\')) return undefined;
  return { host: m[1]!.toLowerCase(), owner: m[2]!, repo: m[3]! };
}
