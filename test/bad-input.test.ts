import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../src/core/model.js';
import { patchline } from './helpers.js';

/** A fake token of the right shape, assembled so this file holds no literal token. */
const TOKEN = ['ghp', '_', 'R8fK2mQ9vX4tL7wN1pZ6sB3yH5cJ0dG2aE8u'].join('');

function hostileTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'patchline-hostile-'));
  const outside = mkdtempSync(path.join(tmpdir(), 'patchline-outside-'));
  writeFileSync(path.join(outside, 'leak.env'), `GITHUB_TOKEN=${TOKEN}\n`);
  writeFileSync(path.join(root, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
  writeFileSync(path.join(root, 'latin1.env'), Buffer.concat([Buffer.from('# caf\xe9\n', 'latin1'), Buffer.from(`GITHUB_TOKEN=${TOKEN}\n`)]));
  execFileSync('truncate', ['-s', '100M', path.join(root, 'huge.log')]);
  symlinkSync('loop2', path.join(root, 'loop1'));
  symlinkSync('loop1', path.join(root, 'loop2'));
  symlinkSync(path.join(outside, 'leak.env'), path.join(root, 'outside.env'));
  mkdirSync(path.join(root, 'svc'));
  writeFileSync(path.join(root, 'svc', 'Dockerfile'), 'FROM\nRUN sudo apt-get install -y curl\nRUN <<EOF\necho never closed\n');
  return root;
}

describe('hostile input', () => {
  it('reports every bad file as an issue, never crashes, and keeps every finding', () => {
    const root = hostileTree();
    const run = patchline(['scan', root, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const issues = Object.fromEntries(result.issues.map((i) => [`${i.path}:${i.code}`, i]));
    for (const key of ['image.png:binary-file', 'latin1.env:invalid-utf8', 'huge.log:too-large', 'loop1:symlink-loop', 'outside.env:symlink-outside-root']) {
      expect(issues, key).toHaveProperty([key]);
    }
    expect(result.issues.some((i) => i.path === 'svc/Dockerfile' && i.code === 'parse-error')).toBe(true);

    const secret = result.findings.find((f) => f.scanner === 'secrets' && f.location.kind === 'file' && f.location.path === 'latin1.env');
    expect(secret?.location).toMatchObject({ startLine: 2 });
    expect(result.findings.some((f) => f.location.kind === 'file' && f.location.path === 'outside.env')).toBe(false);
    expect(result.findings.some((f) => f.scanner === 'dockerfile' && f.location.kind === 'file' && f.location.startLine === 2)).toBe(true);
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('lists issues in the table report too', () => {
    const out = patchline(['scan', hostileTree()]).stdout;
    expect(out).toMatch(/binary-file/);
    expect(out).toMatch(/too-large/);
    expect(out).toMatch(/parse-error/);
  });
});
