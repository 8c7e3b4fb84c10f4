import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChangeSets } from './index.js';
import type { VerifyRequest } from './types.js';
import type { PatchlineConfig } from '../../core/config.js';
import type { ChangeSet, Finding } from '../../core/model.js';
import { runScan } from '../../core/pipeline.js';
import { scanners } from '../../scanners/registry.js';
import { tempRepo, type TempRepo } from '../../testing/git-repo.js';

const DOCKERFILE = 'FROM python:3.12-slim\nUSER app\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nADD . /app\nCMD ["python", "/app/app.py"]\n';
const APP = 'import yaml\nfrom flask import Flask\napp = Flask(__name__)\n\ndef load(s):\n    return yaml.load(s, Loader=yaml.Loader)\n';
const enabled = scanners.filter((s) => s.meta.id !== 'sca');
const tool = { name: 'patchline', version: 'test' };

let repo: TempRepo;
let findings: Finding[];

beforeEach(async () => {
  repo = tempRepo({ Dockerfile: DOCKERFILE, 'app.py': APP, 'check.sh': 'if grep -q safe_load app.py; then echo "tests broke; token=hunter2hunter2"; exit 3; fi\necho ok\n' });
  findings = (await runScan({ root: repo.dir, config: {}, scanners: enabled, tool })).findings;
});
afterEach(() => repo.cleanup());

function finding(ruleId: string): Finding {
  const f = findings.find((x) => x.ruleId === ruleId);
  if (!f) throw new Error(`no ${ruleId} in ${findings.map((x) => x.ruleId).join(', ')}`);
  return f;
}

function change(id: string, target: Finding, edits: ChangeSet['edits']): ChangeSet {
  return { id, title: `Fix ${id}`, fixer: 'test', strategy: 'deterministic', findings: [target.fingerprint], edits, rationale: 'because' };
}

const addToCopy = (): ChangeSet =>
  change('add', finding('dockerfile.add-instead-of-copy'), [{ path: 'Dockerfile', before: DOCKERFILE, after: DOCKERFILE.replace('ADD .', 'COPY .') }]);
const safeLoad = (before = APP): ChangeSet =>
  change('yaml', finding('sast.python.unsafe-deserialization'), [{ path: 'app.py', before, after: before.replace('yaml.load(s, Loader=yaml.Loader)', 'yaml.safe_load(s)') }]);

function request(changeSets: ChangeSet[], config: PatchlineConfig = {}, extra: Partial<VerifyRequest> = {}): VerifyRequest {
  const base = repo.git('rev-parse', 'HEAD');
  return { repoTop: repo.dir, prefix: '', base, changeSets, findings, config, scanners: enabled, knownScanners: scanners, catalogers: [], tool, ...extra };
}

describe('verifyChangeSets', () => {
  it('accepts a change whose finding is gone from the re-scan, and never touches the working tree', async () => {
    repo.write('app.py', `${APP}# work in progress\n`);
    repo.write('notes.txt', 'untracked\n');
    const status = repo.git('status', '--porcelain');
    const [result] = await verifyChangeSets(request([addToCopy()]));
    expect(result!.accepted).toBe(true);
    expect(result!.changeSet.verification).toEqual({
      status: 'passed',
      details: 're-scan (dockerfile, sast, secrets) of Dockerfile: 1 targeted finding gone, no new findings',
    });
    expect(result!.evidence!.gone).toEqual([finding('dockerfile.add-instead-of-copy').fingerprint]);
    expect(repo.git('status', '--porcelain')).toBe(status);
    expect(readFileSync(path.join(repo.dir, 'Dockerfile'), 'utf8')).toBe(DOCKERFILE);
    expect(readFileSync(path.join(repo.dir, 'app.py'), 'utf8')).toBe(`${APP}# work in progress\n`);
    expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('rejects a change that leaves its finding in place', async () => {
    const noop = change('noop', finding('dockerfile.add-instead-of-copy'), [{ path: 'Dockerfile', before: DOCKERFILE, after: `# hardened\n${DOCKERFILE}` }]);
    const [result] = await verifyChangeSets(request([noop]));
    expect(result!.accepted).toBe(false);
    expect(result!.reason).toMatch(/^the re-scan still finds 1 targeted finding \([0-9a-f]{12}\)$/);
    expect(result!.changeSet.verification?.status).toBe('failed');
  });

  it('rejects a change that introduces a new finding', async () => {
    const worse = addToCopy();
    worse.edits[0]!.after = worse.edits[0]!.after.replace('CMD [', 'RUN sudo apt-get update\nCMD [');
    const [result] = await verifyChangeSets(request([worse]));
    expect(result!.accepted).toBe(false);
    expect(result!.reason).toMatch(/^the change introduces \d+ new findings?: dockerfile\.\S+ at Dockerfile:5/);
    expect(result!.evidence!.introduced.map((f) => f.ruleId)).toContain('dockerfile.sudo');
  });

  it('verifies in order on top of accepted changes; a stale change is a conflict unless it can be re-planned', async () => {
    const first = safeLoad();
    const stale = change('flask', finding('sast.python.unsafe-deserialization'), [{ path: 'app.py', before: APP, after: `${APP}# x\n` }]);
    const [, conflict] = await verifyChangeSets(request([first, stale]));
    expect(conflict!.accepted).toBe(false);
    expect(conflict!.reason).toBe('conflict: app.py: the file changed since the fix was planned');

    const replanned: string[] = [];
    const replan: VerifyRequest['replan'] = async (cs, root) => {
      const now = readFileSync(path.join(root, 'app.py'), 'utf8');
      replanned.push(now);
      return { ...cs, edits: [{ path: 'app.py', before: now, after: now.replace('app = Flask(__name__)', 'app = Flask(__name__)\napp.after_request(lambda r: r)') }] };
    };
    const results = await verifyChangeSets(request([safeLoad(), change('noop2', finding('sast.python.unsafe-deserialization'), stale.edits)], {}, { replan }));
    expect(replanned[0]).toContain('yaml.safe_load(s)');
    // Re-planned on top of the first change, whose finding is already gone: nothing left to prove.
    expect(results[1]!.evidence!.replanned).toBe(true);
    expect(results[1]!.reason).toMatch(/did not find 1 targeted finding before the change either/);
  });

  it('rejects a change that breaks the project check, with its redacted output', async () => {
    const [yaml, add] = await verifyChangeSets(request([safeLoad(), addToCopy()], { fix: { verify: { command: 'sh check.sh' } } }));
    expect(yaml!.accepted).toBe(false);
    expect(yaml!.reason).toBe('`sh check.sh` failed (exit code 3) with the change applied');
    expect(yaml!.changeSet.verification!.details).toContain('tests broke; token=****');
    expect(yaml!.changeSet.verification!.details).not.toContain('hunter2');
    expect(yaml!.evidence!.command).toMatchObject({ passed: false, exitCode: 3, timedOut: false });
    expect(add!.accepted).toBe(true);
    expect(add!.evidence!.command).toMatchObject({ passed: true, output: 'ok\n' });
  });

  it('keeps an unverified change with --allow-unverified, and verifies the next one on top of it', async () => {
    const replan: VerifyRequest['replan'] = async () => ({ reason: 'not expected' });
    const onTop = change('more', finding('sast.python.flask-missing-security-headers'), [
      { path: 'app.py', before: APP.replace('yaml.load(s, Loader=yaml.Loader)', 'yaml.safe_load(s)'), after: 'import yaml\nx = yaml.safe_load("a: 1")\n' },
    ]);
    const results = await verifyChangeSets(request([safeLoad(), onTop], { fix: { verify: { command: 'sh check.sh' } } }, { allowUnverified: true, replan }));
    expect(results.map((r) => [r.accepted, r.kept])).toEqual([[false, true], [false, true]]);
    expect(results[1]!.reason).toMatch(/^`sh check\.sh` failed/);
  });

  it('stops a check command at its time limit', async () => {
    const [result] = await verifyChangeSets(request([addToCopy()], { fix: { verify: { command: 'echo started; sleep 30', timeoutSeconds: 1 } } }));
    expect(result!.reason).toBe('`echo started; sleep 30` did not finish in 1 s with the change applied');
    expect(result!.evidence!.command!.output).toBe('started\n\n[patchline: stopped after 1 s]');
  });

  it('refuses edits outside the tree, into .git or through a symlink', async () => {
    repo.git('rm', '--quiet', 'check.sh');
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/tmp', path.join(repo.dir, 'out'));
    repo.git('add', 'out');
    repo.git('commit', '--quiet', '-m', 'link');
    const target = finding('dockerfile.add-instead-of-copy');
    const bad = [
      change('up', target, [{ path: '../evil', before: '', after: 'x' }]),
      change('git', target, [{ path: '.git/hooks/pre-commit', before: '', after: 'x' }]),
      change('link', target, [{ path: 'out/evil', before: '', after: 'x' }]),
    ];
    const results = await verifyChangeSets(request(bad));
    expect(results.map((r) => r.reason)).toEqual([
      'conflict: ../evil: the path leaves the project or is not normalized',
      'conflict: .git/hooks/pre-commit: edits inside .git are not allowed',
      'conflict: out/evil: out is a link or a file, not a directory',
    ]);
  });

  it('rejects a finding the re-scan cannot reproduce (another tool found it)', async () => {
    const ghost = { ...addToCopy(), findings: ['0123456789abcdef0123456789abcdef'] };
    const [result] = await verifyChangeSets(request([ghost]));
    expect(result!.reason).toBe(
      'the re-scan (dockerfile, sast, secrets) did not find 1 targeted finding before the change either (0123456789ab), so nothing proves it fixed',
    );
  });
});
