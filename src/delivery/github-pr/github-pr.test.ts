import { generateKeyPairSync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPullRequest, type PullRequestRequest } from './index.js';
import { DEFAULT_RETRY, type RetryPolicy } from './client.js';
import { parseRemoteUrl } from './remote.js';
import type { PatchlineConfig } from '../../core/config.js';
import type { ChangeSet, Finding } from '../../core/model.js';
import type { VerifiedChange } from '../../fixers/verify/index.js';
import { deliverBranch, findBaseBranch, type DeliveredBranch } from '../git-branch/index.js';
import { bareRemote, runGit, tempRepo, type TempRepo } from '../../testing/git-repo.js';
import { startFakeGitHub, type FakeGitHub } from '../../testing/github-server.js';

const DOCKERFILE = 'FROM python:3.12\nADD . /app\n';
const add: Finding = {
  fingerprint: 'aaaa1111bbbb2222cccc3333dddd4444', ruleId: 'dockerfile.add-instead-of-copy', scanner: 'dockerfile', category: 'misconfig',
  severity: 'low', confidence: 'high', title: 'ADD instead of COPY', message: 'm', cwe: ['CWE-710'], aliases: [], references: [],
  location: { kind: 'file', path: 'Dockerfile', startLine: 2 },
};
const changeSet: ChangeSet = {
  id: 'unit-copy', title: 'Use COPY instead of ADD', fixer: 'dockerfile', strategy: 'deterministic', findings: [add.fingerprint], rationale: 'COPY copies only local files.',
  edits: [{ path: 'Dockerfile', before: DOCKERFILE, after: 'FROM python:3.12\nCOPY . /app\n' }],
  verification: { status: 'passed', details: 're-scan (dockerfile) of Dockerfile: 1 targeted finding gone, no new findings' },
};
const change: VerifiedChange = { changeSet, accepted: true, kept: true };
const TOKEN = 'ghp_0123456789abcdefghijklmnopqrstuvwxyz';

let repo: TempRepo;
let bare: string;
let gh: FakeGitHub;
let branch: DeliveredBranch;
let waits: number[];

const retry: RetryPolicy = { ...DEFAULT_RETRY, backoffMs: 10, sleep: async (ms) => void waits.push(ms) };

beforeEach(async () => {
  waits = [];
  repo = tempRepo({ Dockerfile: DOCKERFILE });
  bare = bareRemote(repo);
  repo.git('push', '--quiet', 'origin', 'main');
  gh = await startFakeGitHub({ owner: 'acme', repo: 'shop', tokens: [TOKEN], bareRepo: bare });
  branch = await deliverBranch({ repoTop: repo.dir, prefix: '', base: await findBaseBranch(repo.dir), changes: [change], findings: [add] });
});
afterEach(async () => {
  await gh.close();
  repo.cleanup();
});

function request(config: PatchlineConfig['fix'] = {}, env: NodeJS.ProcessEnv = { GITHUB_TOKEN: TOKEN }): PullRequestRequest {
  return {
    repoTop: repo.dir,
    config: { fix: { ...config, github: { apiUrl: gh.url, repo: 'acme/shop', ...config.github } } },
    content: { branch, changes: [change], findings: [add], unfixable: [], tool: { name: 'patchline', version: '1.2.3' } },
    env,
    retry,
  };
}

describe('openPullRequest', () => {
  it('pushes the branch to the remote and opens a labelled pull request against the default branch', async () => {
    const result = await openPullRequest(request());
    expect(result).toEqual({ number: 1, url: 'https://github.example/acme/shop/pull/1', action: 'created', warnings: [] });
    expect(runGit(bare, 'rev-parse', `refs/heads/${branch.name}`)).toBe(branch.head);
    expect(gh.pulls[0]).toMatchObject({ title: 'Use COPY instead of ADD', head: branch.name, base: 'main', labels: ['patchline'] });
    expect(gh.pulls[0]!.body).toContain('| low | ADD instead of COPY<br><code>dockerfile.add-instead-of-copy</code> | <code>Dockerfile:2</code> | <code>ADD . /app</code> → <code>COPY . /app</code> | verified |');
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/acme/shop/pulls?state=open&head=${encodeURIComponent(`acme:${branch.name}`)}&per_page=10`,
      'GET /repos/acme/shop/pulls?state=open&per_page=100&page=1',
      'POST /repos/acme/shop/pulls',
      'POST /repos/acme/shop/issues/1/labels',
    ]);
    expect(gh.requests.every((r) => r.auth === `token ${TOKEN}`)).toBe(true);
  });

  it('updates the open pull request for the same findings instead of opening another', async () => {
    await openPullRequest(request());
    branch = await deliverBranch({ repoTop: repo.dir, prefix: '', base: await findBaseBranch(repo.dir), changes: [change], findings: [add] });
    const again = await openPullRequest(request());
    expect(again).toMatchObject({ number: 1, action: 'updated' });
    expect(gh.pulls).toHaveLength(1);
    expect(gh.requests.at(-1)).toMatchObject({ method: 'PATCH', path: '/repos/acme/shop/pulls/1' });
    expect(runGit(bare, 'rev-parse', `refs/heads/${branch.name}`)).toBe(branch.head);
  });

  it('finds an open pull request by the marker in its body when its branch has another name, and pushes there', async () => {
    runGit(repo.dir, 'push', '--quiet', 'origin', `${branch.name}:refs/heads/renamed`);
    gh.pulls.push({ number: 7, title: 'old', body: (await import('./body.js')).bodyMarker(branch.findings), state: 'open', head: 'renamed', base: 'main', labels: [] });
    const result = await openPullRequest(request());
    expect(result).toMatchObject({ number: 7, action: 'updated' });
    expect(gh.pulls[0]!.title).toBe('Use COPY instead of ADD');
  });

  it('waits out rate limits as GitHub asks (retry-after, x-ratelimit-reset) and then succeeds', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 5);
    gh.failNext(1, 429, { 'retry-after': '2' });
    gh.failNext(1, 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset });
    gh.failNext(1, 502, {}, 'Server Error');
    const result = await openPullRequest(request());
    expect(result.action).toBe('created');
    expect(waits[0]).toBe(2000);
    expect(waits[1]).toBeGreaterThan(4000);
    expect(waits[1]).toBeLessThanOrEqual(6000);
    expect(waits[2]).toBe(40);
  });

  it('gives a clear error when the rate limit resets too late or the API keeps failing, and keeps the local branch', async () => {
    gh.failNext(1, 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) });
    await expect(openPullRequest(request())).rejects.toThrow(/^GitHub pull request lookup failed \(HTTP 403: API rate limit exceeded\): rate limited until \d\d:\d\d:\d\d UTC; try again then\.$/);
    gh.failNext(4, 503, {}, 'Service Unavailable');
    await expect(openPullRequest(request())).rejects.toThrow('GitHub pull request lookup failed (HTTP 503: Service Unavailable): retries used up.');
    expect(repo.git('rev-parse', branch.name)).toBe(branch.head);
    expect(gh.pulls).toHaveLength(0);
  });

  it('says which variable to set when there is no token, and rejects a bad one clearly', async () => {
    await expect(openPullRequest(request({}, {}))).rejects.toThrow('--pr needs a GitHub token: set GITHUB_TOKEN');
    await expect(openPullRequest(request({ github: { tokenEnv: 'GH_PAT' } }, { GH_PAT: 'ghp_wrongwrongwrong' }))).rejects.toThrow(
      'GitHub pull request lookup failed (HTTP 401: Bad credentials). Check the token (fix.github.tokenEnv, default GITHUB_TOKEN).',
    );
  });

  it('authenticates as a GitHub App: a signed JWT for the installation token, then the token for the pull request', async () => {
    await gh.close();
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    gh = await startFakeGitHub({ owner: 'acme', repo: 'shop', bareRepo: bare, app: { id: 4242, installationId: 99, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() } });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const result = await openPullRequest(request({ github: { app: { appId: 4242, privateKeyEnv: 'APP_KEY' } } }, { APP_KEY: pem }));
    expect(result.action).toBe('created');
    expect(gh.requests.slice(0, 3).map((r) => `${r.method} ${r.path} ${r.auth.split(' ')[0]}`)).toEqual([
      'GET /repos/acme/shop/installation bearer',
      'POST /app/installations/99/access_tokens bearer',
      'GET /repos/acme/shop/pulls?state=open&head=acme%3Apatchline%2Ffix-' + branch.name.slice(-8) + '&per_page=10 token',
    ]);
    await expect(openPullRequest(request({ github: { app: { appId: 4242, privateKeyEnv: 'APP_KEY' } } }, { APP_KEY: 'not a key' }))).rejects.toThrow(
      /the GitHub App private key in environment variable APP_KEY is not a PEM private key/,
    );
  });

  it('never replaces a remote branch that holds someone else’s commits', async () => {
    runGit(repo.dir, 'push', '--quiet', 'origin', `${branch.name}:refs/heads/${branch.name}`);
    const other = tempRepo({ README: 'colleague\n' });
    runGit(other.dir, 'fetch', '--quiet', bare, `refs/heads/${branch.name}:refs/heads/x`);
    runGit(other.dir, 'checkout', '--quiet', 'x');
    other.write('mine.txt', 'mine\n');
    runGit(other.dir, 'add', 'mine.txt');
    runGit(other.dir, 'commit', '--quiet', '-m', 'a colleague adds work');
    runGit(other.dir, 'push', '--quiet', bare, `x:refs/heads/${branch.name}`);
    other.cleanup();
    await expect(openPullRequest(request())).rejects.toThrow(`the branch ${branch.name} on origin has 1 commit(s) not made by patchline`);
  });
});

describe('parseRemoteUrl', () => {
  it('reads owner and repository from the URL forms git accepts', () => {
    expect(parseRemoteUrl('https://github.com/acme/shop.git')).toEqual({ host: 'github.com', owner: 'acme', repo: 'shop' });
    expect(parseRemoteUrl('https://x-access-token:abc@GitHub.example.com/acme/shop')).toEqual({ host: 'github.example.com', owner: 'acme', repo: 'shop' });
    expect(parseRemoteUrl('git@github.com:acme/shop.git')).toEqual({ host: 'github.com', owner: 'acme', repo: 'shop' });
    expect(parseRemoteUrl('ssh://git@ghe.corp:2222/acme/shop.git')).toEqual({ host: 'ghe.corp', owner: 'acme', repo: 'shop' });
    expect(parseRemoteUrl('/srv/git/shop.git')).toBeUndefined();
  });
});
