import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { branchName, deliverBranch, findBaseBranch, type BranchRequest } from './index.js';
import type { ChangeSet, Finding } from '../../core/model.js';
import type { VerifiedChange } from '../../fixers/verify/index.js';
import { tempRepo, type TempRepo } from '../../testing/git-repo.js';

const DOCKERFILE = 'FROM python:3.12\nADD . /app\n';
const REQS = 'flask==2.0.0  # web\n';

const findings: Finding[] = [
  {
    fingerprint: 'aaaa1111bbbb2222cccc3333dddd4444', ruleId: 'dockerfile.add-instead-of-copy', scanner: 'dockerfile', category: 'misconfig',
    severity: 'low', confidence: 'high', title: 'ADD instead of COPY', message: 'm', cwe: ['CWE-710'], aliases: [], references: [],
    location: { kind: 'file', path: 'Dockerfile', startLine: 2 },
  },
  {
    fingerprint: 'eeee5555ffff6666aaaa7777bbbb8888', ruleId: 'sca.osv', scanner: 'sca', category: 'vulnerability', severity: 'high',
    confidence: 'high', title: 'Flask session cookie disclosure', message: 'm', cwe: [], aliases: ['GHSA-m2qf-hxjv-5gpq', 'CVE-2023-30861'], references: [],
    location: { kind: 'package', ecosystem: 'PyPI', name: 'flask', version: '2.0.0', path: 'requirements.txt' },
  },
];

function verified(cs: Partial<ChangeSet> & Pick<ChangeSet, 'edits' | 'findings'>, accepted = true): VerifiedChange {
  const changeSet: ChangeSet = {
    fixer: 'test', strategy: 'deterministic', rationale: 'Because.', ...cs,
    verification: accepted ? { status: 'passed', details: 're-scan (dockerfile) of Dockerfile: 1 targeted finding gone, no new findings' } : { status: 'failed', details: 'x' },
  };
  return { changeSet, accepted, kept: true, ...(!accepted && { reason: '`npm test` failed (exit code 1) with the change applied' }) };
}

const copy = verified({ id: 'unit-copy', title: 'Use COPY instead of ADD', findings: [findings[0]!.fingerprint], edits: [{ path: 'Dockerfile', before: DOCKERFILE, after: 'FROM python:3.12\nCOPY . /app\n' }] });
const flask = verified(
  { id: 'unit-flask', title: 'Upgrade flask to 2.3.2', findings: [findings[1]!.fingerprint], edits: [{ path: 'requirements.txt', before: REQS, after: 'flask==2.3.2  # web\n' }], notes: ['Regenerate the lockfile.'] },
  false,
);

let repo: TempRepo;
const saved = process.env.GIT_CONFIG_GLOBAL;
beforeAll(() => {
  // An empty global config, so the machine's identity and init.defaultBranch do not leak in.
  const empty = path.join(mkdtempSync(path.join(os.tmpdir(), 'patchline-gitconfig-')), 'config');
  writeFileSync(empty, '');
  process.env.GIT_CONFIG_GLOBAL = empty;
});
afterAll(() => {
  if (saved === undefined) delete process.env.GIT_CONFIG_GLOBAL;
  else process.env.GIT_CONFIG_GLOBAL = saved;
});
afterEach(() => repo.cleanup());

async function request(changes: VerifiedChange[], prefix = ''): Promise<BranchRequest> {
  return { repoTop: repo.dir, prefix, base: await findBaseBranch(repo.dir), changes, findings };
}

describe('deliverBranch', () => {
  it('commits one fix unit per commit on patchline/fix-<id> from the default branch, leaving the working tree alone', async () => {
    repo = tempRepo({ Dockerfile: DOCKERFILE, 'requirements.txt': REQS });
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.write('Dockerfile', 'FROM python:3.12\nADD . /app\n# mine\n');
    const delivered = await deliverBranch(await request([copy, flask]));

    expect(delivered.name).toBe(branchName([copy, flask]));
    expect(delivered.name).toMatch(/^patchline\/fix-[0-9a-f]{8}$/);
    expect(delivered.base).toMatchObject({ name: 'main', ref: 'refs/heads/main' });
    expect(repo.git('log', '--format=%an <%ae>|%s', `main..${delivered.name}`).split('\n')).toEqual([
      'Dev Eloper <dev@example.test>|Upgrade flask to 2.3.2',
      'Dev Eloper <dev@example.test>|Use COPY instead of ADD',
    ]);
    expect(repo.git('log', '-1', '--format=%B', delivered.name)).toBe(
      [
        'Upgrade flask to 2.3.2',
        '',
        'Fixes this finding:',
        '- high sca.osv (GHSA-m2qf-hxjv-5gpq, CVE-2023-30861) at flask@2.0.0 (requirements.txt): Flask session cookie disclosure',
        '',
        'Because.',
        '',
        'NOT VERIFIED (delivered with --allow-unverified): `npm test` failed (exit code 1) with the change applied',
        '',
        'Reviewer notes:',
        '- Regenerate the lockfile.',
        '',
        'Patchline-Fix: unit-flask',
      ].join('\n'),
    );
    expect(repo.git('show', `${delivered.name}:Dockerfile`)).toBe('FROM python:3.12\nCOPY . /app');
    expect(repo.git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('feature');
    expect(readFileSync(path.join(repo.dir, 'Dockerfile'), 'utf8')).toContain('# mine');
    expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);
  });

  it("commits as patchline when the repository has no identity, and with paths under the scan root's prefix", async () => {
    repo = tempRepo({ 'svc/Dockerfile': DOCKERFILE }, { identity: false });
    const delivered = await deliverBranch(await request([copy], 'svc'));
    expect(repo.git('log', '-1', '--format=%an <%ae>|%cn', delivered.name)).toBe('patchline <patchline@users.noreply.github.com>|patchline');
    expect(repo.git('show', '--name-only', '--format=', delivered.name)).toBe('svc/Dockerfile');
  });

  it('replaces its own branch on a re-run, but never a branch with commits of someone else or one checked out', async () => {
    repo = tempRepo({ Dockerfile: DOCKERFILE });
    const first = await deliverBranch(await request([copy]));
    const again = await deliverBranch(await request([copy]));
    expect(again).toMatchObject({ name: first.name, replaced: true });
    expect(repo.git('rev-list', '--count', `main..${first.name}`)).toBe('1');

    repo.git('checkout', '--quiet', first.name);
    await expect(deliverBranch(await request([copy]))).rejects.toThrow(`branch ${first.name} is checked out; switch to another branch`);
    repo.write('extra.txt', 'mine\n');
    repo.git('add', 'extra.txt');
    repo.git('commit', '--quiet', '-m', 'my own work');
    repo.git('checkout', '--quiet', 'main');
    await expect(deliverBranch(await request([copy]))).rejects.toThrow(`branch ${first.name} has 1 commit(s) not made by patchline; rename or delete it`);
    expect(repo.git('log', '-1', '--format=%s', first.name)).toBe('my own work');
  });
});

describe('findBaseBranch', () => {
  it("follows the remote's HEAD, then init.defaultBranch, then main and master", async () => {
    repo = tempRepo({ a: '1' }, { branch: 'trunk' });
    const trunk = repo.git('rev-parse', 'HEAD');
    repo.git('update-ref', 'refs/remotes/origin/develop', trunk);
    repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/develop');
    expect(await findBaseBranch(repo.dir)).toEqual({ name: 'develop', ref: 'refs/remotes/origin/develop', commit: trunk });
    repo.git('symbolic-ref', '--delete', 'refs/remotes/origin/HEAD');
    repo.git('config', 'init.defaultBranch', 'trunk');
    expect(await findBaseBranch(repo.dir)).toMatchObject({ name: 'trunk', ref: 'refs/heads/trunk' });
    repo.git('config', '--unset', 'init.defaultBranch');
    repo.git('branch', 'master');
    expect(await findBaseBranch(repo.dir)).toMatchObject({ name: 'master', ref: 'refs/heads/master' });
  });

  it('says what it tried when there is no default branch', async () => {
    repo = tempRepo({ a: '1' }, { branch: 'trunk' });
    await expect(findBaseBranch(repo.dir)).rejects.toThrow(
      "this repository has no default branch to cut the fix branch from: tried origin/HEAD (not set), init.defaultBranch (not set), then main, master — none exists locally or on origin. Create or fetch it (e.g. 'git fetch origin' or 'git branch main'), or set init.defaultBranch.",
    );
  });
});
