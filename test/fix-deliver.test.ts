import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApp, patchlineAsync } from './helpers.js';
import { bareRemote, runGit, tempRepo, type TempRepo } from '../src/testing/git-repo.js';
import { startFakeGitHub, type FakeGitHub } from '../src/testing/github-server.js';

/** `patchline fix` end to end on a copy of the demo app in a real git repository, pushing to a real bare one. */

const TOKEN = 'ghp_e2e0123456789abcdefghijklmnopqrstuv';
let repo: TempRepo;
let bare: string;
let gh: FakeGitHub;

beforeAll(async () => {
  repo = tempRepo({ 'README.md': 'demo\n' });
  cpSync(demoApp, repo.dir, { recursive: true });
  repo.git('add', '-A');
  repo.git('commit', '--quiet', '-m', 'the demo app');
  bare = bareRemote(repo);
  repo.git('push', '--quiet', 'origin', 'main');
  gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', tokens: [TOKEN], bareRepo: bare });
  repo.write('patchline.yaml', `${readFileSync(path.join(demoApp, 'patchline.yaml'), 'utf8')}fix:\n  github: { apiUrl: "${gh.url}", repo: acme/notes }\n`);
});
afterAll(async () => {
  await gh.close();
  repo.cleanup();
});

describe('patchline fix', () => {
  it('verifies every planned change of the demo app, commits each on patchline/fix-<id> and opens one pull request', async () => {
    repo.write('app.py', `${readFileSync(path.join(repo.dir, 'app.py'), 'utf8')}# my unfinished work\n`);
    const status = repo.git('status', '--porcelain');
    const run = await patchlineAsync(['fix', '.', '--pr', '--quiet'], { cwd: repo.dir, env: { GITHUB_TOKEN: TOKEN } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const planned = /^(\d+) of (\d+) change\(s\) verified and committed/.exec(run.stdout);
    expect(planned?.[1]).toBe(planned?.[2]);
    const branch = /^Branch: (patchline\/fix-[0-9a-f]{8}) /m.exec(run.stdout)![1]!;
    expect(run.stdout).toContain('Pull request: https://github.example/acme/notes/pull/1 (created)');

    const subjects = repo.git('log', '--format=%s', `main..${branch}`).split('\n');
    expect(subjects).toHaveLength(Number(planned![1]));
    expect(subjects).toContain('Use COPY instead of ADD in Dockerfile');
    const trailers = repo.git('log', '--format=%(trailers:key=Patchline-Fix,valueonly)', `main..${branch}`).split('\n').filter(Boolean);
    expect(trailers).toHaveLength(subjects.length);
    expect(runGit(bare, 'rev-parse', `refs/heads/${branch}`)).toBe(repo.git('rev-parse', branch));
    expect(repo.git('status', '--porcelain')).toBe(status);

    const body = gh.pulls[0]!.body;
    expect(body).toContain('| high | Hard-coded framework secret key<br><code>sast.python.hardcoded-secret-key</code> | <code>app.py:34</code> | (secret removed — not shown) | verified |');
    expect(body).toContain('(secret removed — not shown)');
    expect(body).toContain('### Not fixed');
    expect(body).toMatch(/### For the reviewer\n\n(- .*\n)*- .*[Rr]otate/);
    expect(body).not.toMatch(/AKIA[0-9A-Z]{16}/);
    expect(gh.pulls[0]).toMatchObject({ head: branch, base: 'main', labels: ['patchline'] });

    const rescan = await patchlineAsync(['scan', '.', '--format', 'json', '--quiet'], { cwd: repo.dir });
    expect(rescan.status).toBeLessThan(2);
  });

  it('updates the same pull request on a re-run instead of opening another', async () => {
    const run = await patchlineAsync(['fix', '.', '--pr', '--quiet'], { cwd: repo.dir, env: { GITHUB_TOKEN: TOKEN } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Pull request: https://github.example/acme/notes/pull/1 (updated)');
    expect(run.stdout).toMatch(/replacing the earlier run/);
    expect(gh.pulls).toHaveLength(1);
  });

  it('keeps the branch and exits 2 with a clear message when the pull request cannot be opened', async () => {
    const run = await patchlineAsync(['fix', '.', '--pr', '--quiet'], { cwd: repo.dir, env: { GITHUB_TOKEN: '' } });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/Pull request not opened: --pr needs a GitHub token: set GITHUB_TOKEN/);
    expect(run.stdout).toMatch(/The branch patchline\/fix-[0-9a-f]{8} is kept/);
  });
});
