import { cpSync, existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ageInDays, defaultDbPath, openDefaultDb, resolveDb, staleWarning } from './default-db.js';
import { importSources } from './importer.js';
import { ensureSnapshotDb, SNAPSHOT_SOURCE } from './snapshot.js';
import { openVulnDb } from './sqlite-db.js';
import { osv, removeTempDirs, SNAPSHOT, tempDir, writeJson } from './testdata/helpers.js';
import type { DbStatus } from './types.js';

afterAll(removeTempDirs);

describe('where the database lives', () => {
  it('is $PATCHLINE_DB, else $XDG_CACHE_HOME/patchline, else ~/.cache/patchline', () => {
    expect(defaultDbPath({ PATCHLINE_DB: '/data/v.sqlite', XDG_CACHE_HOME: '/xdg' })).toBe('/data/v.sqlite');
    expect(defaultDbPath({ XDG_CACHE_HOME: '/xdg' })).toBe('/xdg/patchline/vulndb.sqlite');
    expect(defaultDbPath({ XDG_CACHE_HOME: 'relative/ignored' })).toBe(path.join(os.homedir(), '.cache/patchline/vulndb.sqlite'));
    expect(defaultDbPath({})).toBe(path.join(os.homedir(), '.cache/patchline/vulndb.sqlite'));
  });

  it('resolves --db, then $PATCHLINE_DB, then db.path of the config (against its folder), then the default', () => {
    const config = { db: { path: 'cache/v.sqlite' } };
    expect(resolveDb(config, { flag: 'x.sqlite', env: { PATCHLINE_DB: '/e.sqlite' } })).toBe(path.resolve('x.sqlite'));
    expect(resolveDb(config, { env: { PATCHLINE_DB: '/e.sqlite' } })).toBe('/e.sqlite');
    expect(resolveDb(config, { baseDir: '/project', env: {} })).toBe('/project/cache/v.sqlite');
    expect(resolveDb({ db: { path: '~/v.sqlite' } }, { env: {} })).toBe(path.join(os.homedir(), 'v.sqlite'));
    expect(resolveDb({}, { env: { XDG_CACHE_HOME: '/xdg' } })).toBe('/xdg/patchline/vulndb.sqlite');
  });
});

describe('staleWarning', () => {
  const now = new Date('2026-03-20T12:00:00Z');
  const status = (builtAt: string, source = 'PyPI'): DbStatus => ({ path: '/db', builtAt, sources: [{ name: source, importedAt: builtAt, advisories: 1 }], advisoriesByEcosystem: {} });

  it('says nothing within the limit and names the age and the fix beyond it', () => {
    expect(staleWarning(status('2026-03-13T12:00:00Z'), 7, now)).toBeUndefined();
    expect(staleWarning(status('2026-03-12T11:00:00Z'), 7, now)).toBe("the vulnerability database is 8 days old (built 2026-03-12, limit 7); run 'patchline db update'");
    expect(staleWarning(status('2026-03-12T11:00:00Z'), 30, now)).toBeUndefined();
    expect(staleWarning(status('not a date'), 7, now)).toMatch(/has no build date/);
  });

  it('says when the bundled snapshot is in use', () => {
    expect(staleWarning(status('2025-01-01T00:00:00Z', SNAPSHOT_SOURCE), 7, now)).toMatch(/^using the bundled offline vulnerability snapshot \(advisories up to 2025-01-01, 443 days old\)/);
  });

  it('counts whole days', () => {
    expect(ageInDays('2026-03-19T12:00:01Z', now)).toBe(0);
    expect(ageInDays('2026-03-19T12:00:00Z', now)).toBe(1);
  });
});

describe('the bundled snapshot', () => {
  it('is built once into the cache, dated by its newest advisory, and rebuilt when its content changes', async () => {
    const cache = tempDir();
    const data = tempDir();
    cpSync(path.join(SNAPSHOT, 'npm'), path.join(data, 'npm'), { recursive: true });
    cpSync(path.join(SNAPSHOT, 'Alpine-secdb'), path.join(data, 'Alpine-secdb'), { recursive: true });
    const first = await ensureSnapshotDb({ dataDir: data, cacheDir: cache });
    expect(path.dirname(first)).toBe(cache);
    expect(path.basename(first)).toMatch(/^snapshot-[0-9a-f]{16}\.sqlite$/);
    expect(await ensureSnapshotDb({ dataDir: data, cacheDir: cache })).toBe(first);
    const db = openVulnDb(first);
    const st = db.status();
    db.close();
    expect(st.sources.map((s) => s.name)).toEqual([SNAPSHOT_SOURCE]);
    expect(st.builtAt).toBe('2024-09-10T19:41:04Z');
    writeJson(path.join(data, 'npm'), 'extra.json', osv('EXTRA-1', 'npm', 'extra', { modified: '2024-10-01T00:00:00Z' }));
    const second = await ensureSnapshotDb({ dataDir: data, cacheDir: cache });
    expect(second).not.toBe(first);
    expect(readdirSync(cache)).toEqual([path.basename(second)]);
    const db2 = openVulnDb(second);
    expect(db2.advisoriesFor('npm', 'extra').map((a) => a.id)).toEqual(['EXTRA-1']);
    expect(db2.status().builtAt).toBe('2024-10-01T00:00:00Z');
    db2.close();
  });

  it('says what to do when the snapshot is missing', async () => {
    await expect(ensureSnapshotDb({ dataDir: path.join(tempDir(), 'nope'), cacheDir: tempDir() })).rejects.toThrow(/bundled snapshot .* is missing; run 'patchline db update'/);
  });
});

describe('openDefaultDb', () => {
  it('opens the configured database when it exists', async () => {
    const dir = tempDir();
    const src = tempDir();
    writeJson(src, 'a.json', osv('MINE-1', 'PyPI', 'flask'));
    await importSources([src], path.join(dir, 'mine.sqlite'));
    const opened = await openDefaultDb({ db: { path: 'mine.sqlite' } }, { baseDir: dir, env: {} });
    expect(opened.usingSnapshot).toBe(false);
    expect(opened.path).toBe(path.join(dir, 'mine.sqlite'));
    expect(opened.ageDays).toBe(0);
    expect(opened.db.advisoriesFor('PyPI', 'flask').map((a) => a.id)).toEqual(['MINE-1']);
    opened.db.close();
  });

  it('falls back to the bundled snapshot when no database exists, and says so', async () => {
    const xdg = tempDir();
    const opened = await openDefaultDb({}, { env: { XDG_CACHE_HOME: xdg }, now: new Date('2026-11-26T00:00:00Z') });
    expect(opened.usingSnapshot).toBe(true);
    expect(existsSync(path.join(xdg, 'patchline', 'vulndb.sqlite'))).toBe(false);
    expect(path.dirname(opened.path)).toBe(path.join(xdg, 'patchline'));
    expect(opened.db.advisoriesFor('PyPI', 'PyYAML').length).toBeGreaterThan(2);
    expect(opened.db.advisoriesFor('Alpine:v3.10', 'openssl').map((a) => a.id)).toContain('ALPINE-CVE-2019-1549');
    expect(opened.db.advisoriesFor('AlmaLinux:9', 'openssl').length).toBeGreaterThan(0);
    expect(opened.ageDays).toBeGreaterThan(0);
    expect(staleWarning(opened.db.status())).toMatch(/bundled offline vulnerability snapshot/);
    opened.db.close();
  });

  it('ships no Ubuntu data (its license is unclear)', () => {
    expect(readdirSync(SNAPSHOT).sort()).toEqual(['AlmaLinux', 'Alpine-secdb', 'Debian', 'PyPI', 'npm']);
  });
});
