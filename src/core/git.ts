import { execFile } from 'node:child_process';
import { ExternalServiceError } from './errors.js';
import { redactCredentials } from './redact.js';

/**
 * The one way patchline runs git: no shell, bounded time and output, no terminal prompts, and failures
 * as a PatchlineError whose message carries git's own (redacted) words.
 */

export interface GitOptions {
  cwd: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Exit codes that are answers, not failures (e.g. 1 from `git config --get` when unset). */
  okCodes?: readonly number[];
}

export interface GitOutput {
  stdout: string;
  code: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const MAX_OUTPUT = 16 * 1024 * 1024;

export async function gitRun(args: readonly string[], options: GitOptions): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd: options.cwd,
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxBuffer: MAX_OUTPUT,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true', LC_ALL: 'C', ...options.env },
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        if (!err || options.okCodes?.includes(code)) return resolve({ stdout, code });
        const why = (stderr || err.message).trim().split('\n').slice(-6).join(' | ');
        const what = err.killed ? `timed out after ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s` : `failed: ${why}`;
        reject(new ExternalServiceError(redactCredentials(`git ${args.slice(0, 3).join(' ')} ${what}`), { cause: err }));
      },
    );
  });
}

/** Runs git and returns its trimmed stdout. */
export async function git(args: readonly string[], options: GitOptions): Promise<string> {
  return (await gitRun(args, options)).stdout.trim();
}

/** The commit a ref names, or undefined when the ref does not exist. */
export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  const out = await gitRun(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, okCodes: [1, 128] });
  return out.code === 0 ? out.stdout.trim() : undefined;
}

/** A config value, or undefined when unset. */
export async function gitConfig(cwd: string, key: string): Promise<string | undefined> {
  const out = await gitRun(['config', '--get', key], { cwd, okCodes: [1] });
  const value = out.stdout.trim();
  return out.code === 0 && value ? value : undefined;
}
