import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../../core/progress.js';
import type { DraftFinding } from '../types.js';
import { scanTarget } from './scan.js';

const appDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'testdata', 'express-app');
const children: ChildProcess[] = [];

/** `node app.js` on an ephemeral port; the app prints the port it got. */
function startExpress(hardened: boolean): Promise<string> {
  const child = spawn(process.execPath, ['app.js'], { cwd: appDir, env: { ...process.env, PORT: '0', HARDENED: hardened ? '1' : '0', NODE_ENV: 'development' } });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const port = /listening on (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve(`http://127.0.0.1:${port}/`);
    });
    child.on('exit', (code) => reject(new Error(`the Express app exited with ${code}`)));
  });
}

let vulnerable: string;
let hardened: string;
beforeAll(async () => {
  [vulnerable, hardened] = await Promise.all([startExpress(false), startExpress(true)]);
});
afterAll(() => children.forEach((c) => c.kill('SIGTERM')));

async function scan(url: string): Promise<DraftFinding[]> {
  const out = await scanTarget({ url, config: {}, active: false, progress: silentProgress });
  expect(out.issues ?? []).toEqual([]);
  return out.findings;
}

const EXPECTED = [
  'web.x-powered-by-disclosure',
  'web.stack-trace',
  'web.cors-misconfiguration',
  'web.secret-in-response',
  'web.csrf-token-missing',
  'web.cookie-no-httponly',
  'web.cookie-no-secure',
  'web.cookie-no-samesite',
  'web.csp-missing',
  'web.clickjacking-protection-missing',
];

describe('passive DAST on an Express app (node app.js)', () => {
  it('finds what JavaScript servers typically get wrong', async () => {
    const findings = await scan(vulnerable);
    const ids = new Set(findings.map((f) => f.ruleId));
    for (const id of EXPECTED) expect(ids, id).toContain(id);
    const trace = findings.find((f) => f.ruleId === 'web.stack-trace')!;
    expect(trace.location).toMatchObject({ kind: 'url', method: 'GET' });
    expect(trace.message).toContain('Node.js stack trace');
    const secret = findings.find((f) => f.ruleId === 'web.secret-in-response')!;
    expect(JSON.stringify(secret)).not.toContain('sk_live_51Hq9VtKx2ZfL0pQ7aB3cD4eF5gH6iJ7kL8mN9oP');
    expect(secret.http?.response).toContain('sk_l****');
  });

  it('finds none of them once the app is hardened', async () => {
    const ids = (await scan(hardened)).map((f) => f.ruleId);
    for (const id of EXPECTED) expect(ids, id).not.toContain(id);
  });
});
