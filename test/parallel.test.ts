import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../src/core/model.js';
import { patchline } from './helpers.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 16 pseudo-random characters of an access key id's alphabet, different for every seed. */
function fakeKeyBody(seed: number): string {
  let state = (seed + 1) >>> 0;
  let out = '';
  for (let i = 0; i < 16; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += ALNUM[state % ALNUM.length];
  }
  return out;
}

/** A tree large enough that batches go to worker threads, with a finding and an issue in many files. */
function largeTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'patchline-parallel-'));
  for (let i = 0; i < 1500; i++) {
    const dir = path.join(root, `pkg${i % 30}`);
    mkdirSync(dir, { recursive: true });
    const key = `AKIA${fakeKeyBody(i)}`;
    writeFileSync(path.join(dir, `mod${i}.py`), `import os\n\nAWS_ACCESS_KEY_ID = "${key}"\n`);
    if (i % 100 === 0) writeFileSync(path.join(dir, `blob${i}.bin`), Buffer.from([0, 1, 2, 3]));
    if (i % 250 === 0) writeFileSync(path.join(dir, `Dockerfile.${i}`), 'FROM python:latest\nRUN sudo make\n');
  }
  return root;
}

function scan(root: string, jobs: string): ScanResult {
  const run = patchline(['scan', root, '--format', 'json', '--jobs', jobs]);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ScanResult;
}

describe('scanning with worker threads', () => {
  it('finds exactly what a single-threaded scan finds', () => {
    const root = largeTree();
    const single = scan(root, '1');
    const parallel = scan(root, '2');
    expect(single.findings.length).toBeGreaterThanOrEqual(1500);
    expect(parallel.findings.map((f) => f.fingerprint)).toEqual(single.findings.map((f) => f.fingerprint));
    expect(parallel.issues).toEqual(single.issues);
  });

  it('rejects a bad --jobs value', () => {
    const run = patchline(['scan', '.', '--jobs', '0']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--jobs '0' is not a number of threads from 1 to 64/);
  });
});
