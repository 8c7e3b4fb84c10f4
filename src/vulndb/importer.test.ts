import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { importSources } from './importer.js';
import { openVulnDb } from './sqlite-db.js';
import { osv, removeTempDirs, SNAPSHOT, tempDir, writeJson } from './testdata/helpers.js';
import { buildZip, osvZip } from './testdata/zip-writer.js';
import type { VulnDb } from './types.js';

afterAll(removeTempDirs);

let open: VulnDb[] = [];
function db(file: string): VulnDb {
  const d = openVulnDb(file);
  open.push(d);
  return d;
}
afterEach(() => {
  for (const d of open) d.close();
  open = [];
});

describe('importSources', () => {
  it('imports an OSV all.zip: every record, ids and aliases as written', async () => {
    const dir = tempDir();
    const ghsa = JSON.parse(readFileSync(path.join(SNAPSHOT, 'PyPI/ghsa/GHSA-5h86-8mv2-jq9f.json'), 'utf8'));
    const zip = path.join(dir, 'all.zip');
    writeFileSync(zip, osvZip([ghsa, osv('PYSEC-1', 'PyPI', 'Flask'), osv('GHSA-x', 'npm', 'Lodash')]));
    const result = await importSources([zip], path.join(dir, 'db.sqlite'));
    expect(result.advisories).toBe(3);
    expect(result.issueCount).toBe(0);
    expect(result.sources).toEqual([expect.objectContaining({ name: 'all.zip', count: 3 })]);
    const d = db(path.join(dir, 'db.sqlite'));
    const [aiohttp] = d.advisoriesFor('PyPI', 'aiohttp');
    expect(aiohttp).toEqual(ghsa);
    expect(aiohttp!.aliases).toEqual(['CVE-2024-23334']);
    expect(d.advisoriesFor('PyPI', 'flask').map((a) => a.id)).toEqual(['PYSEC-1']);
    expect(d.advisoriesFor('npm', 'lodash').map((a) => a.id)).toEqual(['GHSA-x']);
  });

  it('imports folders recursively, single files and Alpine secdb YAML together', async () => {
    const dir = tempDir();
    const result = await importSources([path.join(SNAPSHOT, 'PyPI'), path.join(SNAPSHOT, 'Debian/DSA-3029-1.json'), path.join(SNAPSHOT, 'Alpine-secdb/v3.10-main.yaml')], path.join(dir, 'db.sqlite'));
    expect(result.sources.map((s) => s.name)).toEqual(['PyPI', 'DSA-3029-1.json', 'v3.10-main.yaml']);
    expect(result.sources[0]!.count).toBe(251);
    const st = db(path.join(dir, 'db.sqlite')).status();
    expect(st.advisoriesByEcosystem.PyPI).toBe(251);
    expect(st.advisoriesByEcosystem.Debian).toBe(1);
    expect(st.advisoriesByEcosystem.Alpine).toBeGreaterThan(500);
    expect(db(path.join(dir, 'db.sqlite')).advisoriesFor('Debian:7', 'nginx').map((a) => a.aliases)).toEqual([['CVE-2014-3616']]);
  });

  it('reports malformed records, unknown ecosystems and bad ranges as issues, with file names, and goes on', async () => {
    const dir = tempDir('patchline-bad-');
    writeJson(dir, 'not-json.json', '{ "id": ');
    writeJson(dir, 'no-id.json', { modified: '2024-01-01T00:00:00Z' });
    writeJson(dir, 'aliases-not-list.json', { id: 'X-1', modified: '2024-01-01T00:00:00Z', aliases: 'CVE-1' });
    writeJson(dir, 'unknown-eco.json', osv('X-2', 'Cobol', 'thing'));
    writeJson(dir, 'bad-range.json', {
      id: 'X-3',
      modified: '2024-01-01T00:00:00Z',
      affected: [{ package: { ecosystem: 'PyPI', name: 'ok' }, ranges: [
        { type: 'ECOSYSTEM', events: [{ fixed: '1.0' }] },
        { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] },
      ] }, { package: { ecosystem: 'PyPI', name: 'gone' }, ranges: [{ type: 'WHATEVER', events: [] }] }],
    });
    writeJson(dir, 'good.json', osv('X-4', 'PyPI', 'good'));
    const result = await importSources([dir], path.join(dir, 'db.sqlite'));
    const codes = Object.fromEntries(result.issues.map((i) => [i.code, i.count]));
    expect(codes).toEqual({ 'malformed-record': 3, 'unknown-ecosystem': 1, 'bad-range': 2 });
    const malformed = result.issues.find((i) => i.code === 'malformed-record')!.examples.join('\n');
    expect(malformed).toContain('not-json.json');
    expect(malformed).toContain('no-id.json');
    expect(malformed).toContain('aliases');
    expect(result.issues.find((i) => i.code === 'bad-range')!.examples[0]).toMatch(/bad-range\.json.*X-3 affected\[0\].*introduced/);
    expect(result.advisories).toBe(3);
    const d = db(path.join(dir, 'db.sqlite'));
    // The bad range is dropped, the good one kept; the entry whose only range was bad is not indexed.
    expect(d.advisoriesFor('PyPI', 'ok')[0]!.affected![0]!.ranges).toEqual([{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] }]);
    expect(d.advisoriesFor('PyPI', 'gone')).toEqual([]);
    expect(d.advisoriesFor('PyPI', 'good').map((a) => a.id)).toEqual(['X-4']);
    expect(d.status().advisoriesByEcosystem).toEqual({ PyPI: 2 });
  });

  it('keeps withdrawn advisories, flagged, and counts them', async () => {
    const dir = tempDir();
    await importSources([path.join(SNAPSHOT, 'PyPI/pysec/PYSEC-2022-43059.json')], path.join(dir, 'db.sqlite'));
    const d = db(path.join(dir, 'db.sqlite'));
    const [withdrawn] = d.advisoriesFor('PyPI', 'aiohttp').filter((a) => a.id === 'PYSEC-2022-43059');
    expect(withdrawn?.withdrawn).toMatch(/^\d{4}-/);
    expect(d.status().withdrawn).toBe(1);
  });

  it('keeps the newer of two records with the same id, whichever comes first', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    writeJson(path.join(dir, 'a'), 'X.json', osv('DUP-1', 'npm', 'old-name', { modified: '2024-01-01T00:00:00Z' }));
    writeJson(path.join(dir, 'b'), 'X.json', osv('DUP-1', 'npm', 'new-name', { modified: '2024-06-01T00:00:00Z' }));
    for (const order of [['a', 'b'], ['b', 'a']]) {
      const file = path.join(dir, `${order.join('')}.sqlite`);
      const result = await importSources(order.map((o) => path.join(dir, o)), file);
      expect(result.advisories).toBe(1);
      expect(result.duplicates).toBe(1);
      const d = db(file);
      expect(d.advisoriesFor('npm', 'new-name').map((a) => a.modified)).toEqual(['2024-06-01T00:00:00Z']);
      expect(d.advisoriesFor('npm', 'old-name')).toEqual([]);
    }
  });

  it('reads Alpine secdb in its JSON form (secdb.alpinelinux.org/v3.12/main.json)', async () => {
    const dir = tempDir();
    const file = writeJson(dir, 'main.json', { distroversion: 'v3.12', reponame: 'main', packages: [{ pkg: { name: 'musl', secfixes: { '1.1.24-r3': ['CVE-2020-28928'] } } }] });
    const result = await importSources([file], path.join(dir, 'db.sqlite'));
    expect(result.sources).toEqual([expect.objectContaining({ name: 'main.json', count: 1 })]);
    expect(db(path.join(dir, 'db.sqlite')).advisoriesFor('Alpine:v3.12', 'musl').map((a) => [a.id, a.upstream])).toEqual([['ALPINE-CVE-2020-28928', ['CVE-2020-28928']]]);
  });

  it('reads JSON arrays and osv.dev query answers ({"vulns": [...]})', async () => {
    const dir = tempDir();
    const list = writeJson(dir, 'list.json', [osv('L-1', 'Go', 'example.com/a'), osv('L-2', 'Go', 'example.com/b')]);
    const answer = writeJson(dir, 'answer.json', { vulns: [osv('V-1', 'crates.io', 'serde')] });
    const result = await importSources([list, answer], path.join(dir, 'db.sqlite'));
    expect(result.advisories).toBe(3);
    expect(db(path.join(dir, 'db.sqlite')).advisoriesFor('crates.io', 'serde').map((a) => a.id)).toEqual(['V-1']);
  });

  it('skips files in a zip that are not records and entries in sub-folders are read', async () => {
    const dir = tempDir();
    const zip = path.join(dir, 'mixed.zip');
    writeFileSync(zip, buildZip([
      { name: 'README.txt', data: 'hello' },
      { name: 'nested/', data: '' },
      { name: 'nested/N-1.json', data: JSON.stringify(osv('N-1', 'RubyGems', 'rails')), method: 0 },
    ]));
    const result = await importSources([zip], path.join(dir, 'db.sqlite'));
    expect(result.advisories).toBe(1);
    expect(result.issueCount).toBe(0);
  });

  it('fails with a clear error for a path that does not exist', async () => {
    const dir = tempDir();
    await expect(importSources([path.join(dir, 'nope.zip')], path.join(dir, 'db.sqlite'))).rejects.toThrow(/cannot read .*nope\.zip: ENOENT/);
  });
});
