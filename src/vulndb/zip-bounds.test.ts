import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportIssues } from './import-issues.js';
import { importSources } from './importer.js';
import { ByteBudget, withLimits } from './limits.js';
import { osv, removeTempDirs, tempDir } from './testdata/helpers.js';
import { buildZip, osvZip } from './testdata/zip-writer.js';
import { zipRecordFiles } from './zip-entries.js';

afterAll(removeTempDirs);

function zipFile(dir: string, name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

async function names(file: string, limits = withLimits(), issues = new ImportIssues()): Promise<string[]> {
  const out: string[] = [];
  for await (const e of zipRecordFiles(file, limits, new ByteBudget(limits.maxTotalBytes), issues)) out.push(e.name);
  return out;
}

describe('hostile zip archives', () => {
  it('refuses a zip bomb before inflating it', async () => {
    const dir = tempDir();
    const bomb = zipFile(dir, 'bomb.zip', buildZip([
      { name: 'ok.json', data: JSON.stringify(osv('OK-1', 'npm', 'a')) },
      { name: 'bomb.json', data: Buffer.alloc(64 * 1024 ** 2, 0x20) },
    ]));
    // The ratio check runs on the central directory's sizes, before a byte is inflated.
    await expect(names(bomb)).rejects.toThrow(/bomb\.zip!bomb\.json expands \d+× .*zip bomb/);
  });

  it('says which file is truncated or corrupt', async () => {
    const dir = tempDir();
    const whole = osvZip([osv('T-1', 'npm', 'a'), osv('T-2', 'npm', 'b')]);
    const truncated = zipFile(dir, 'truncated.zip', whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(names(truncated)).rejects.toThrow(/truncated\.zip is not a readable zip archive .*truncated or corrupt/);
    const garbage = zipFile(dir, 'garbage.zip', Buffer.from('PK\u0003\u0004 this is not really a zip'));
    await expect(importSources([garbage], path.join(dir, 'db.sqlite'))).rejects.toThrow(/garbage\.zip is not a readable zip/);
  });

  it('refuses an archive with more entries than the limit', async () => {
    const dir = tempDir();
    const many = zipFile(dir, 'many.zip', osvZip([1, 2, 3, 4].map((i) => osv(`M-${i}`, 'npm', 'a'))));
    await expect(names(many, withLimits({ maxEntries: 3 }))).rejects.toThrow(/many\.zip has 4 entries, more than the limit of 3/);
    expect(await names(many, withLimits({ maxEntries: 4 }))).toHaveLength(4);
  });

  it('ignores entries with .. or absolute names, with an issue', async () => {
    const dir = tempDir();
    const evil = zipFile(dir, 'evil.zip', buildZip([
      { name: '../escape.json', data: '{}' },
      { name: '/etc/abs.json', data: '{}' },
      { name: 'a/../../up.json', data: '{}' },
      { name: 'fine.json', data: JSON.stringify(osv('F-1', 'npm', 'a')) },
    ]));
    const issues = new ImportIssues();
    expect(await names(evil, withLimits(), issues)).toEqual(['fine.json']);
    expect(issues.count('unsafe-entry-name')).toBe(3);
  });

  it('skips an entry over the per-entry limit and stops at the total budget', async () => {
    const dir = tempDir();
    const big = JSON.stringify(osv('BIG-1', 'npm', 'a', { details: 'x'.repeat(5000) }));
    const file = zipFile(dir, 'big.zip', buildZip([{ name: 'big.json', data: big, method: 0 }, { name: 'small.json', data: JSON.stringify(osv('S-1', 'npm', 'b')) }]));
    const issues = new ImportIssues();
    expect(await names(file, withLimits({ maxEntryBytes: 4096 }), issues)).toEqual(['small.json']);
    expect(issues.count('entry-too-large')).toBe(1);
    await expect(importSources([file], path.join(dir, 'db.sqlite'), { limits: { maxTotalBytes: 1000 } })).rejects.toThrow(/more than 1000 bytes/);
  });

  it('does not trust a header that understates the size', async () => {
    const dir = tempDir();
    const data = JSON.stringify(osv('LIE-1', 'npm', 'a', { details: 'y'.repeat(3000) }));
    const file = zipFile(dir, 'liar.zip', buildZip([{ name: 'liar.json', data, declaredSize: 100 }]));
    await expect(names(file)).rejects.toThrow(/liar\.zip!liar\.json holds more data than its header declares/);
  });

  it('checks every entry against its CRC-32', async () => {
    const dir = tempDir();
    const zip = buildZip([{ name: 'a.json', data: JSON.stringify(osv('C-1', 'npm', 'a')), method: 0 }]);
    zip.writeUInt8(zip.readUInt8(40) ^ 0x01, 40); // a byte of the stored data (local header 30 + name 6 = 36)
    await expect(names(zipFile(dir, 'flipped.zip', zip))).rejects.toThrow(/flipped\.zip!a\.json does not match its header \(size or CRC-32\)/);
  });
});

describe('large archives', () => {
  it('reads ZIP64 archives (OSV zips of more than 65,535 records are ZIP64)', async () => {
    const dir = tempDir();
    const records = [1, 2, 3].map((i) => osv(`Z64-${i}`, 'npm', `p${i}`));
    const file = zipFile(dir, 'z64.zip', osvZip(records, { zip64: true }));
    expect(await names(file)).toEqual(['Z64-1.json', 'Z64-2.json', 'Z64-3.json']);
    const result = await importSources([file], path.join(dir, 'db.sqlite'));
    expect(result.advisories).toBe(3);
  });

  it('reads more than 65,535 entries', async () => {
    const dir = tempDir();
    const entries = Array.from({ length: 70_000 }, (_, i) => ({ name: `e${i}.json`, data: '{}', method: 0 as const }));
    const file = zipFile(dir, 'many.zip', buildZip(entries, { zip64: true }));
    expect(await names(file)).toHaveLength(70_000);
  });
});
