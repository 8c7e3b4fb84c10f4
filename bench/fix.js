// `npm run bench -- fix`: the demo app fixed end to end without an LLM, in a fresh git repository.
// Prints the share of fixable findings (those a deterministic fixer planned a change for) that were
// fixed and verified, and the time per verified fix beside the floor of planning alone (--dry-run).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function git(cwd, ...args) {
  execFileSync('git', args, { cwd, stdio: 'ignore' });
}

function run(cli, cwd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`patchline ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

export function benchFix(root, row) {
  const cli = path.join(root, 'bin', 'patchline.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'patchline-bench-fix-'));
  try {
    cpSync(path.join(root, 'examples', 'flask-app'), dir, { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.name=bench', '-c', 'user.email=bench@example.test', 'commit', '-qm', 'demo');

    const plan = run(cli, dir, ['fix', '.', '--dry-run', '--no-llm', '--quiet']);
    const planned = /^(\d+) change\(s\) fix (\d+) finding\(s\)/m.exec(plan.stdout);
    const fixed = run(cli, dir, ['fix', '.', '--no-llm', '--quiet']);
    const done = /^(\d+) of (\d+) change\(s\) verified and committed, fixing (\d+) finding\(s\)/m.exec(fixed.stdout);
    if (!planned || !done) throw new Error(`unexpected output:\n${plan.stdout.slice(0, 300)}\n${fixed.stdout.slice(0, 300)}`);
    const [fixable, verified, changes] = [Number(planned[2]), Number(done[3]), Number(done[1])];

    console.log(`demo-app fix: ${changes} of ${done[2]} changes verified, ${verified} of ${fixable} fixable findings fixed, ${(fixed.ms / 1000).toFixed(1)} s in total (goal < 30 s)`);
    row('fixable findings fixed+verified', (100 * verified) / fixable, 'every fixable finding', 100, '%', '100 %');
    row('time per verified fix', fixed.ms / Math.max(changes, 1), 'planning alone, per fix', plan.ms / Math.max(changes, 1), 'ms', '< 30 s in total');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
