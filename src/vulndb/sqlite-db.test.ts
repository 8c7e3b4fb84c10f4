import Database from 'better-sqlite3';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSources } from './importer.js';
import { openVulnDb } from './sqlite-db.js';
import { FIXTURES, osv, removeTempDirs, SNAPSHOT, tempDir, writeJson } from './testdata/helpers.js';
import type { VulnDb } from './types.js';

afterAll(removeTempDirs);

let dir: string;
let db: VulnDb;

beforeAll(async () => {
  dir = tempDir();
  const extra = tempDir();
  writeJson(extra, 'go.json', osv('GO-1', 'Go', 'github.com/Foo/Bar'));
  writeJson(extra, 'generic-debian.json', osv('DEB-ANY', 'Debian', 'openssl'));
  await importSources([SNAPSHOT, path.join(FIXTURES, 'Ubuntu'), extra], path.join(dir, 'db.sqlite'));
  db = openVulnDb(path.join(dir, 'db.sqlite'));
});
afterAll(() => db.close());

const ids = (ecosystem: string, name: string) => db.advisoriesFor(ecosystem, name).map((a) => a.id);

describe('advisoriesFor', () => {
  it('selects one release with a suffix, every release without one', () => {
    const v310 = ids('Alpine:v3.10', 'openssl');
    const v311 = ids('Alpine:v3.11', 'openssl');
    expect(v310).toContain('ALPINE-CVE-2019-1549');
    expect(v311).toContain('ALPINE-CVE-2019-1551');
    expect(v310).not.toContain('ALPINE-CVE-2019-1551');
    expect(ids('Alpine', 'openssl')).toEqual([...new Set([...v310, ...v311])].sort());
    // What a cataloger reads from os-release meets what the advisory writes.
    expect(ids('Alpine:3.10.2', 'openssl')).toEqual(v310);
  });

  it('matches Debian:12 to its own entries and to entries without a release', () => {
    expect(ids('Debian:7', 'nginx')).toEqual(['DSA-3029-1']);
    expect(ids('Debian:7.11', 'nginx')).toEqual(['DSA-3029-1']);
    expect(ids('Debian:12', 'nginx')).toEqual([]);
    expect(ids('Debian:12', 'openssl')).toEqual(['DEB-ANY']);
  });

  it('reads Ubuntu releases with or without :LTS, and keeps Pro apart', () => {
    expect(ids('Ubuntu:22.04:LTS', 'curl')).toEqual(ids('Ubuntu:22.04', 'curl'));
    expect(ids('Ubuntu:22.04', 'curl')).toContain('UBUNTU-CVE-2023-38545');
    expect(ids('Ubuntu:24.04', 'curl')).toEqual(['UBUNTU-CVE-2023-38545']);
    expect(ids('Ubuntu:Pro:14.04:LTS', 'tar')).toEqual(['UBUNTU-CVE-2023-39804']);
    expect(ids('Ubuntu:14.04', 'tar')).toEqual([]);
    expect(ids('Ubuntu:24.04', 'tar')).toEqual([]);
  });

  it('compares names normalized the way catalogers write them', () => {
    const pyyaml = ids('PyPI', 'pyyaml');
    expect(pyyaml.length).toBeGreaterThan(2);
    expect(ids('PyPI', 'PyYAML')).toEqual(pyyaml);
    expect(ids('PyPI', 'Py_YAML')).toEqual([]);
    expect(ids('PyPI', 'Flask')).toEqual(ids('PyPI', 'flask'));
    // Go module paths are case-sensitive.
    expect(ids('Go', 'github.com/Foo/Bar')).toEqual(['GO-1']);
    expect(ids('Go', 'github.com/foo/bar')).toEqual([]);
  });

  it('reads ecosystem names case-insensitively, as OSV spells them', () => {
    expect(ids('pypi', 'flask')).toEqual(ids('PyPI', 'flask'));
    expect(ids('ALPINE:v3.10', 'openssl')).toEqual(ids('Alpine:v3.10', 'openssl'));
  });

  it('returns nothing for an unknown package or ecosystem', () => {
    expect(ids('PyPI', 'no-such-package')).toEqual([]);
    expect(ids('Hex', 'phoenix')).toEqual([]);
  });

  it('returns the same advisory for two packages of one record, decoded once', () => {
    const [a] = db.advisoriesFor('Alpine:v3.10', 'openssl').filter((x) => x.id === 'ALPINE-CVE-2019-1549');
    const [b] = db.advisoriesFor('Alpine:v3.11', 'openssl').filter((x) => x.id === 'ALPINE-CVE-2019-1549');
    expect(a).toBe(b);
  });
});

describe('status', () => {
  it('lists sources, counts per ecosystem, withdrawn and the build time', () => {
    const st = db.status();
    expect(st.path).toBe(path.join(dir, 'db.sqlite'));
    expect(Date.now() - Date.parse(st.builtAt)).toBeLessThan(10 * 60_000);
    expect(st.sources.map((s) => s.name)).toEqual(['Ubuntu', 'osv-snapshot', expect.stringMatching(/^patchline-vulndb-/)]);
    expect(st.advisoriesByEcosystem).toMatchObject({ AlmaLinux: 201, PyPI: 251, npm: 20, Debian: 2, Ubuntu: 6, Go: 1 });
    expect(st.withdrawn).toBe(1);
    expect(st.format).toBe(1);
  });
});

describe('openVulnDb', () => {
  it('says what to do when the file is missing, not a database, or of another format', () => {
    const d = tempDir();
    expect(() => openVulnDb(path.join(d, 'none.sqlite'))).toThrow(/no vulnerability database at .*none\.sqlite; run 'patchline db update'/);
    writeFileSync(path.join(d, 'junk.sqlite'), 'not sqlite at all, just text that is long enough to be read');
    expect(() => openVulnDb(path.join(d, 'junk.sqlite'))).toThrow(/junk\.sqlite is not a patchline vulnerability database/);
    copyFileSync(path.join(dir, 'db.sqlite'), path.join(d, 'old.sqlite'));
    const raw = new Database(path.join(d, 'old.sqlite'));
    raw.prepare("UPDATE meta SET value = '0' WHERE key = 'format'").run();
    raw.close();
    expect(() => openVulnDb(path.join(d, 'old.sqlite'))).toThrow(/another version of patchline \(index format 0\)/);
  });

  it('opens read-only', () => {
    const raw = (db as unknown as { db: Database.Database }).db;
    expect(raw.readonly).toBe(true);
  });
});
