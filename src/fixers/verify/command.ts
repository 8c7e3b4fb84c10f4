import { spawn } from 'node:child_process';
import { redactCredentials } from '../../core/redact.js';

/** What the project's own check (`fix.verify.command`) said about a change. */
export interface CommandOutcome {
  command: string;
  passed: boolean;
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** The tail of stdout and stderr, interleaved, bounded and redacted. */
  output: string;
}

const MAX_OUTPUT_CHARS = 32 * 1024;

/**
 * Runs the command with `sh -c` in the scratch worktree, in its own process group so a timeout ends
 * everything it started. Output keeps the last 32 KiB: failures are reported at the end.
 */
export function runVerifyCommand(command: string, cwd: string, timeoutMs: number, env: Record<string, string> = {}): Promise<CommandOutcome> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: 'true', ...env },
    });
    let output = '';
    let timedOut = false;
    const keep = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (output.length > MAX_OUTPUT_CHARS * 2) output = output.slice(-MAX_OUTPUT_CHARS);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    let finished = false;
    const finish = (exitCode: number | null, extra = ''): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      killGroup(child.pid);
      const tail = (output + extra).slice(-MAX_OUTPUT_CHARS);
      resolve({
        command,
        passed: !timedOut && exitCode === 0,
        exitCode,
        timedOut,
        durationMs: Math.round(performance.now() - t0),
        output: redactCredentials(tail),
      });
    };
    child.on('error', (err) => finish(null, `\n${err.message}`));
    child.on('close', (code) => finish(code, timedOut ? `\n[patchline: stopped after ${Math.round(timeoutMs / 1000)} s]` : ''));
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
