import { describe, expect, it } from 'vitest';
import { importSummary, statusJson, statusTable } from './status-text.js';
import type { DbStatus } from './types.js';

const now = new Date('2026-03-20T12:00:00Z');
const status: DbStatus = {
  path: '/cache/vulndb.sqlite',
  builtAt: '2026-03-18T09:30:00.000Z',
  sources: [
    { name: 'PyPI', url: 'https://mirror-user:hunter22@mirror.example/PyPI/all.zip', importedAt: '2026-03-18T09:29:00.000Z', advisories: 15000 },
    { name: 'npm', url: 'https://mirror.example/npm/all.zip', importedAt: '2026-03-18T09:30:00.000Z', advisories: 210000 },
  ],
  advisoriesByEcosystem: { PyPI: 14990, npm: 209500 },
  advisories: 224490,
  withdrawn: 12,
  format: 1,
};

describe('db status output', () => {
  it('prints a table with age, counts per ecosystem and sources, credentials masked', () => {
    expect(statusTable({ status, usingSnapshot: false }, now)).toBe([
      'Database    /cache/vulndb.sqlite',
      'Built       2026-03-18 09:30 UTC (2 days ago)',
      'Advisories  224490 (12 withdrawn)',
      '',
      'Ecosystem  Advisories',
      'PyPI            14990',
      'npm            209500',
      '',
      'Source  Records  Imported              From',
      'PyPI      15000  2026-03-18 09:29 UTC  https://mirror-user:****@mirror.example/PyPI/all.zip',
      'npm      210000  2026-03-18 09:30 UTC  https://mirror.example/npm/all.zip',
    ].join('\n'));
  });

  it('adds the snapshot note and the warning', () => {
    const text = statusTable({ status, usingSnapshot: true, missingPath: '/cache/none.sqlite', warning: 'old' }, now);
    expect(text.split('\n')[0]).toBe('No database at /cache/none.sqlite yet: scans use the bundled offline snapshot below.');
    expect(text.endsWith('\nwarning: old')).toBe(true);
  });

  it('prints JSON with the age in days and no credentials', () => {
    const out = JSON.parse(statusJson({ status, usingSnapshot: false }, now));
    expect(out).toMatchObject({ path: '/cache/vulndb.sqlite', usingSnapshot: false, ageDays: 2, advisories: 224490, withdrawn: 12, advisoriesByEcosystem: { npm: 209500 } });
    expect(JSON.stringify(out)).not.toContain('hunter22');
  });

  it('summarizes an import with its issues', () => {
    const text = importSummary({ dbPath: '/db', advisories: 3, sources: [{}], issueCount: 2, durationMs: 1500, issues: [{ code: 'bad-range', count: 2, examples: ['a.json: x', 'b.json: y'] }] });
    expect(text).toBe([
      'patchline: indexed 3 advisories from 1 source into /db in 1.5 s',
      'patchline: 2 record problems (skipped or partly indexed):',
      '  bad-range: 2',
      '    a.json: x',
      '    b.json: y',
    ].join('\n'));
  });
});
