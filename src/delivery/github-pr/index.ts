import type { Octokit } from '@octokit/rest';
import type { PatchlineConfig } from '../../core/config.js';
import { errorMessage } from '../../core/errors.js';
import { githubToken } from './auth.js';
import { bodyMarker, pullRequestBody, pullRequestTitle, type PullRequestContent } from './body.js';
import { DEFAULT_RETRY, githubClient, withRetry, type RetryPolicy } from './client.js';
import { pushBranch } from './push.js';
import { githubRemote, type GitHubRemote } from './remote.js';

export { pullRequestBody, pullRequestTitle, type PullRequestContent } from './body.js';

export const PATCHLINE_LABEL = 'patchline';
const MARKER_SEARCH_PAGES = 3;

export interface PullRequestRequest {
  repoTop: string;
  config: PatchlineConfig;
  content: PullRequestContent;
  env?: NodeJS.ProcessEnv;
  retry?: RetryPolicy;
}

export interface PullRequestResult {
  number: number;
  url: string;
  action: 'created' | 'updated';
  /** Things that went wrong without stopping delivery (a label that could not be added). */
  warnings: string[];
}

interface OpenPull {
  number: number;
  html_url: string;
  body?: string | null;
  head: { ref: string };
}

/**
 * Pushes the fix branch and opens a pull request for it — or updates the open one that already covers
 * the same findings (found by its head branch, or by the marker in its body), so a re-run never opens a
 * second. The local branch stays whatever happens here.
 */
export async function openPullRequest(request: PullRequestRequest): Promise<PullRequestResult> {
  const { content, config } = request;
  const retry = request.retry ?? DEFAULT_RETRY;
  const gh = await githubRemote(request.repoTop, config.fix?.remote ?? 'origin', config.fix?.github);
  const token = await githubToken(config.fix?.github, gh, request.env ?? process.env, { apiUrl: gh.apiUrl, version: content.tool.version, retry });
  const client = githubClient(token, gh.apiUrl, content.tool.version);
  const existing = await findExisting(client, gh, content, retry);
  await pushBranch(request.repoTop, gh.remote, content.branch, existing?.head.ref ?? content.branch.name);
  const title = pullRequestTitle(content);
  const body = pullRequestBody(content);
  const repo = { owner: gh.owner, repo: gh.repo };
  if (existing) {
    await withRetry('pull request update', () => client.rest.pulls.update({ ...repo, pull_number: existing.number, title, body }), retry);
    return { number: existing.number, url: existing.html_url, action: 'updated', warnings: [] };
  }
  const created = await withRetry(
    'pull request creation',
    () => client.rest.pulls.create({ ...repo, title, body, head: content.branch.name, base: content.branch.base.name }),
    retry,
  );
  const warnings: string[] = [];
  await withRetry('labelling', () => client.rest.issues.addLabels({ ...repo, issue_number: created.data.number, labels: [PATCHLINE_LABEL] }), retry).catch(
    (err: unknown) => warnings.push(`the pull request was opened, but the label '${PATCHLINE_LABEL}' could not be added: ${errorMessage(err)}`),
  );
  return { number: created.data.number, url: created.data.html_url, action: 'created', warnings };
}

async function findExisting(client: Octokit, gh: GitHubRemote, content: PullRequestContent, retry: RetryPolicy): Promise<OpenPull | undefined> {
  const repo = { owner: gh.owner, repo: gh.repo, state: 'open' as const };
  const byHead = await withRetry('pull request lookup', () => client.rest.pulls.list({ ...repo, head: `${gh.owner}:${content.branch.name}`, per_page: 10 }), retry);
  if (byHead.data[0]) return byHead.data[0];
  const marker = bodyMarker(content.branch.findings);
  for (let page = 1; page <= MARKER_SEARCH_PAGES; page++) {
    const res = await withRetry('pull request lookup', () => client.rest.pulls.list({ ...repo, per_page: 100, page }), retry);
    const found = res.data.find((pr) => pr.body?.includes(marker));
    if (found) return found;
    if (res.data.length < 100) break;
  }
  return undefined;
}
