import { describe, expect, it } from 'vitest';
import { describeFixtures } from '../../shared/testdata/fixture-cases.js';
import { pipfileLockCataloger } from './index.js';

describe('Pipfile.lock fixtures', () => {
  describeFixtures({
    format: 'pipfile-lock',
    cataloger: pipfileLockCataloger,
    suiteTests: [],
    // osv-scalibr's depGroups: [] for default, ['dev'] for develop; our scope says the same (the default).
    // No Pipfile beside these fixtures: whether a package is direct is unknown.
    direct: () => undefined,
  });
});

const lock = (packages: Record<string, unknown>, develop: Record<string, unknown> = {}) =>
  JSON.stringify({ _meta: { 'pipfile-spec': 6 }, default: packages, develop }, null, 4);

describe('pipfileLockCataloger', () => {
  it('marks direct dependencies from the Pipfile beside the lock', async () => {
    const text = lock({ Flask: { version: '==2.0.1' }, click: { version: '==8.0.0' } }, { pytest: { version: '==7.0.0' } });
    const pipfile = '[packages]\nflask = "*"\n\n[dev-packages]\npytest = ">=7"\n';
    const out = await pipfileLockCataloger.extract(
      { path: 'app/Pipfile.lock', size: text.length, text },
      { readFile: async (p) => (p === 'app/Pipfile' ? pipfile : undefined) },
    );
    expect(out.packages.map((p) => [p.name, p.version, p.direct, p.scope, p.locations[0]!.line])).toEqual([
      ['flask', '2.0.1', true, undefined, 6],
      ['click', '8.0.0', false, undefined, 9],
      ['pytest', '7.0.0', true, 'dev', 14],
    ]);
  });

  it.each([
    ['binary garbage', '\u00ff\u00fe\u0001PK\u0003\u0004garbage'],
    ['TOML in a .lock', '[packages]\nflask = "*"\n'],
    ['a JSON array', '[1, 2]'],
    ['deep nesting', '['.repeat(1_000_000)],
    ['a 1 MB string', `{"default": {"x": "${'s'.repeat(1 << 20)}`],
  ])('reports %s as a parse-error without quoting it', async (_, text) => {
    const out = await pipfileLockCataloger.extract({ path: 'Pipfile.lock', size: text.length, text }, { readFile: async () => undefined });
    expect(out.packages).toEqual([]);
    expect(out.issues).toEqual([{ code: 'parse-error', path: 'Pipfile.lock', message: expect.stringMatching(/^Pipfile\.lock is not valid JSON \(.+\); skipped$/) }]);
    expect(out.issues![0]!.message).not.toMatch(/flask|garbage|sss/);
  });

  it('matches Pipfile.lock only', () => {
    expect(pipfileLockCataloger.matches('Pipfile.lock')).toBe(true);
    expect(pipfileLockCataloger.matches('svc/Pipfile.lock')).toBe(true);
    expect(pipfileLockCataloger.matches('Pipfile')).toBe(false);
    expect(pipfileLockCataloger.matches('MyPipfile.lock')).toBe(false);
  });
});
