import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from './source-reader.js';

const dir = mkdtempSync(path.join(tmpdir(), 'patchline-read-'));
function file(name: string, content?: string | Buffer): { path: string; absPath: string } {
  const absPath = path.join(dir, name);
  if (content !== undefined) writeFileSync(absPath, content);
  return { path: name, absPath };
}

describe('readSource', () => {
  it('reads UTF-8 text', () => {
    expect(readSource(file('a.txt', 'héllo\n'), 1024)).toEqual({ text: 'héllo\n', size: 7 });
  });

  it('skips files over the limit without reading them', () => {
    const big = file('big.log');
    execFileSync('truncate', ['-s', '100M', big.absPath]);
    expect(readSource(big, 10 * 1024 * 1024).issue).toEqual({
      code: 'too-large', path: 'big.log',
      message: '100 MiB is over the 10 MiB limit; skipped (raise limits.maxFileSize in patchline.yaml to scan it)',
    });
  });

  it('skips binary files and keeps invalid UTF-8 readable', () => {
    expect(readSource(file('b.bin', Buffer.from([1, 0, 2])), 1024).issue?.code).toBe('binary-file');
    const latin = readSource(file('l.txt', Buffer.from('caf\xe9 token', 'latin1')), 1024);
    expect(latin.text).toBe('caf\uFFFD token');
    expect(latin.issue?.code).toBe('invalid-utf8');
  });

  it('refuses a path that became a symbolic link, and special files', () => {
    writeFileSync(path.join(dir, 'target.txt'), 'secret');
    symlinkSync(path.join(dir, 'target.txt'), path.join(dir, 'swapped.txt'));
    expect(readSource(file('swapped.txt'), 1024).issue).toMatchObject({ code: 'unreadable-file', message: 'cannot read: replaced by a symbolic link; skipped' });
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    expect(readSource(file('fifo'), 1024).issue?.code).toBe('special-file');
  });

  it('reports a file that vanished', () => {
    expect(readSource(file('gone.txt'), 1024).issue).toMatchObject({ code: 'unreadable-file', message: 'cannot read: ENOENT; skipped' });
  });
});
