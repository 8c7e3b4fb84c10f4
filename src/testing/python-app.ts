/** Python web apps (the Flask demo and its variants) as real processes on 127.0.0.1, for tests that talk HTTP to them. */

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** The python3 that has Flask: the one on PATH, else Debian's (python3-flask), as .ci/run installs it. */
export function pythonWithFlask(): string {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    if (spawnSync(candidate, ['-c', 'import flask']).status === 0) return candidate;
  }
  throw new Error('no python3 with Flask: install python3-flask (.ci/run does)');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

async function waitUntilUp(url: string, child: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`the app did not answer on ${url} within ${ms} ms`);
}

export interface RunningApp {
  base: string;
  stop(): void;
}

/** Starts `python3 SCRIPT` in DIR on a free 127.0.0.1 port (PORT and HOST, plus `env`, in its environment). */
/**
 * AWS SDK calls the apps make (the demo's S3 backup through boto3) go to a closed loopback port and fail
 * at once: no test reaches beyond 127.0.0.1, and none waits for AWS's retries.
 */
export const LOOPBACK_AWS_ENV: Record<string, string> = { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_MAX_ATTEMPTS: '1' };

export async function startPythonApp(dir: string, script: string, env: Record<string, string> = {}): Promise<RunningApp> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const childEnv = { ...process.env, ...LOOPBACK_AWS_ENV, ...env, PORT: String(port), HOST: '127.0.0.1' };
  const child: ChildProcess = spawn(pythonWithFlask(), [script], { cwd: dir, env: childEnv, stdio: 'ignore' });
  try {
    await waitUntilUp(`${base}/`, child, 20_000);
  } catch (err) {
    child.kill('SIGTERM');
    throw err;
  }
  return { base, stop: () => child.kill('SIGTERM') };
}
