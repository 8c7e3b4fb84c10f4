import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makePackage } from '../../catalogers/shared/package.js';
import { pep440Scheme } from '../../versioning/pep440/index.js';
import { staleWarning } from '../../vulndb/default-db.js';
import { loadAdvisories, memoryDb, OSV_FIXTURES } from '../../vulndb/match/testdata/memory-db.js';
import type { DbStatus, VulnDb } from '../../vulndb/types.js';
import { scaScanner } from './index.js';
import { scanPackagesWith, type ScaDeps } from './scan.js';

const advisories = loadAdvisories(path.join(OSV_FIXTURES, 'PyPI'));
const flask = makePackage({ ecosystem: 'PyPI', name: 'Flask', version: '0.12.2', path: 'requirements.txt', line: 2, direct: true });
const gem = makePackage({ ecosystem: 'RubyGems', name: 'rack', version: '2.0.0', path: 'Gemfile.lock', line: 4 });

function status(builtAt: string): DbStatus {
  return { path: '/tmp/vulndb.sqlite', builtAt, sources: [{ name: 'osv', importedAt: builtAt, advisories: 1 }], advisoriesByEcosystem: {} };
}

function deps(over: Partial<ScaDeps> = {}, db: VulnDb = memoryDb(advisories)): ScaDeps & { db: VulnDb } {
  return {
    db,
    openDb: async () => ({ db, usingSnapshot: false }),
    staleWarning: () => undefined,
    schemes: (e) => (e === 'PyPI' ? pep440Scheme : undefined),
    ...over,
  };
}

describe('sca scanner', () => {
  it('is a package scanner that wants no files', () => {
    expect(scaScanner.meta.id).toBe('sca');
    expect(scaScanner.matches()).toBe(false);
    expect(typeof scaScanner.scanPackages).toBe('function');
  });

  it('reports the vulnerable packages and closes the database', async () => {
    const d = deps();
    const close = vi.spyOn(d.db, 'close');
    const out = await scanPackagesWith([flask], {}, d);
    expect(out.findings.map((f) => f.ruleId).sort()).toEqual(['CVE-2018-1000656', 'CVE-2019-1010083', 'CVE-2023-30861']);
    expect(out.issues).toEqual([]);
    expect(close).toHaveBeenCalledOnce();
  });

  it('warns about a stale database, with the configured age limit, and still scans', async () => {
    const seen: number[] = [];
    const d = deps({ staleWarning: (st, days) => (seen.push(days), staleWarning(st, days, new Date('2024-03-01T00:00:00Z'))) }, { ...memoryDb(advisories), status: () => status('2024-01-01T00:00:00Z') });
    const out = await scanPackagesWith([flask], { db: { maxAgeDays: 30 } }, d);
    expect(seen).toEqual([30]);
    expect(out.issues).toEqual([{ code: 'stale-db', message: expect.stringMatching(/60 days old .*patchline db update/) }]);
    expect(out.findings).toHaveLength(3);
  });

  it('a missing database is an issue, not a failure', async () => {
    const d = deps({ openDb: () => Promise.reject(new Error("no vulnerability database yet; run 'patchline db update'")) });
    expect(await scanPackagesWith([flask], {}, d)).toEqual({
      findings: [],
      issues: [{ code: 'db-unavailable', message: "dependencies were not checked for vulnerabilities: no vulnerability database yet; run 'patchline db update'" }],
    });
  });

  it('does not open the database when there is nothing to check', async () => {
    const openDb = vi.fn();
    expect(await scanPackagesWith([{ ...flask, version: '', constraint: '*' }], {}, deps({ openDb }))).toEqual({ findings: [] });
    expect(openDb).not.toHaveBeenCalled();
  });

  it('names an ecosystem without a version scheme once', async () => {
    const out = await scanPackagesWith([gem, { ...gem, name: 'rails' }, flask], {}, deps());
    expect(out.issues).toEqual([{ code: 'unsupported-ecosystem', message: 'no version scheme for RubyGems: its packages were not checked for vulnerabilities' }]);
  });
});
