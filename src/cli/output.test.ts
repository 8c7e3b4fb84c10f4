import { lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReport } from './output.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'patchline-output-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeReport', () => {
  it('replaces a regular file whole, with a trailing newline', async () => {
    const file = path.join(tmp, 'report.json');
    await writeReport('{"a":1}', file);
    await writeReport('{"a":2}', file);
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}\n');
  });

  it('writes into /dev/null without replacing the device, directly or through a link', async () => {
    await writeReport('discarded', '/dev/null');
    const link = path.join(tmp, 'sink');
    symlinkSync('/dev/null', link);
    await writeReport('discarded', link);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('says what to check when the folder does not exist', async () => {
    await expect(writeReport('x', path.join(tmp, 'missing', 'r.json'))).rejects.toThrow(/cannot write .*ENOENT.*folder exists/);
  });
});
