import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importSources } from './importer.js';
import { openVulnDb } from './sqlite-db.js';
import { osv, removeTempDirs, tempDir, writeJson } from './testdata/helpers.js';
import { osvZip } from './testdata/zip-writer.js';

afterAll(removeTempDirs);

function ids(file: string, ecosystem: string, name: string): string[] {
  const db = openVulnDb(file);
  try {
    return db.advisoriesFor(ecosystem, name).map((a) => a.id);
  } finally {
    db.close();
  }
}

async function oldDb(dir: string): Promise<string> {
  const file = path.join(dir, 'db.sqlite');
  const src = tempDir();
  writeJson(src, 'old.json', osv('OLD-1', 'npm', 'left-pad'));
  await importSources([src], file);
  return file;
}

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n !== 'db.sqlite' && !n.endsWith('.zip') && !n.endsWith('.json'));

describe('atomic replacement', () => {
  it('keeps the previous database when an import fails half way', async () => {
    const dir = tempDir();
    const file = await oldDb(dir);
    const good = tempDir();
    for (let i = 0; i < 3000; i++) writeJson(good, `N-${i}.json`, osv(`NEW-${i}`, 'npm', `pkg-${i}`));
    const whole = osvZip([osv('Z-1', 'npm', 'z')]);
    const broken = path.join(dir, 'broken.zip');
    writeFileSync(broken, whole.subarray(0, whole.length - 10));
    // 3000 records are written (more than one batch) before the broken zip ends the import.
    await expect(importSources([good, broken], file)).rejects.toThrow(/broken\.zip is not a readable zip/);
    expect(ids(file, 'npm', 'left-pad')).toEqual(['OLD-1']);
    expect(ids(file, 'npm', 'pkg-1')).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  });

  it('keeps the previous database when the import is aborted', async () => {
    const dir = tempDir();
    const file = await oldDb(dir);
    const src = tempDir();
    for (let i = 0; i < 1200; i++) writeJson(src, `A-${i}.json`, osv(`A-${i}`, 'npm', 'a'));
    const controller = new AbortController();
    // Progress is reported every 500 records: the user interrupts at the first report.
    const progress = { update: () => controller.abort(new Error('interrupted by the user')), done: () => undefined };
    const run = importSources([src], file, { progress, signal: controller.signal });
    await expect(run).rejects.toThrow(/interrupted by the user/);
    expect(ids(file, 'npm', 'left-pad')).toEqual(['OLD-1']);
    expect(leftovers(dir)).toEqual([]);
  });

  it('replaces the database only when the new one is complete', async () => {
    const dir = tempDir();
    const file = await oldDb(dir);
    const src = tempDir();
    writeJson(src, 'new.json', osv('NEW-1', 'npm', 'right-pad'));
    await importSources([src], file);
    expect(ids(file, 'npm', 'right-pad')).toEqual(['NEW-1']);
    expect(ids(file, 'npm', 'left-pad')).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a reader that has the old database open keeps reading it while an update replaces it', async () => {
    const dir = tempDir();
    const file = await oldDb(dir);
    const reader = openVulnDb(file);
    const src = tempDir();
    writeJson(src, 'new.json', osv('NEW-2', 'npm', 'left-pad'));
    await importSources([src], file);
    expect(reader.advisoriesFor('npm', 'left-pad').map((a) => a.id)).toEqual(['OLD-1']);
    reader.close();
    expect(ids(file, 'npm', 'left-pad')).toEqual(['NEW-2']);
  });

  it('removes temporary files left by an import that was killed', async () => {
    const dir = tempDir();
    const file = await oldDb(dir);
    const dead = `${file}.tmp-999999999`;
    writeFileSync(dead, 'half an index');
    writeFileSync(`${dead}-journal`, 'its journal');
    const alive = `${file}.tmp-${process.ppid}`;
    writeFileSync(alive, 'another import, still running');
    const src = tempDir();
    writeJson(src, 'x.json', osv('X-1', 'npm', 'x'));
    await importSources([src], file);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(`${dead}-journal`)).toBe(false);
    expect(existsSync(alive)).toBe(true);
  });
});
