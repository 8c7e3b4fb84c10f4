import { describe, expect, it } from 'vitest';
import { describeFixtures, scopeFromFirstDepGroup, scopeFromTrivyDev, TRIVY_NO_ERROR } from '../../shared/testdata/fixture-cases.js';
import { poetryLockCataloger, poetryScope } from './index.js';

describe('poetry.lock fixtures', () => {
  describeFixtures({
    format: 'poetry-lock',
    cataloger: poetryLockCataloger,
    suiteTests: [],
    errors: {
      'trivy/poetry_normal.lock#testdata/poetry_normal.lock': TRIVY_NO_ERROR,
      'trivy/poetry_flask.lock#flask': TRIVY_NO_ERROR,
      'trivy/poetry_v2_flask.lock#flask + poetry v2': TRIVY_NO_ERROR,
    },
    // depGroups ['dev', 'test'] → scope 'dev': our model keeps one scope, the first group.
    scope: (source, _c, rows) => (source === 'trivy' ? scopeFromTrivyDev(rows) : scopeFromFirstDepGroup(rows)),
  });
});

const LOCK = `
[[package]]
name = "Flask"
version = "2.0.1"
groups = ["main"]

[[package]]
name = "click"
version = "8.0.0"
groups = ["main", "dev"]

[[package]]
name = "pytest"
version = "7.0.0"
groups = ["dev"]

[[package]]
name = "my-lib"
version = "0.1.0"
groups = ["main"]
[package.source]
type = "directory"
url = "../my-lib"

[[package]]
name = "no-version"
`;

describe('poetryLockCataloger', () => {
  it('marks direct dependencies from pyproject.toml, skips local projects and reports entries it cannot use', async () => {
    const pyproject = '[tool.poetry.dependencies]\npython = "^3.9"\nflask = "^2.0"\n[tool.poetry.group.dev.dependencies]\npytest = "*"\n';
    const out = await poetryLockCataloger.extract(
      { path: 'svc/poetry.lock', size: LOCK.length, text: LOCK },
      { readFile: async (p) => (p === 'svc/pyproject.toml' ? pyproject : undefined) },
    );
    expect(out.packages.map((p) => [p.name, p.version, p.direct, p.scope, p.locations[0]!.line])).toEqual([
      ['flask', '2.0.1', true, undefined, 3],
      ['click', '8.0.0', false, undefined, 8],
      ['pytest', '7.0.0', true, 'dev', 13],
    ]);
    expect(out.issues).toEqual([{ code: 'parse-error', path: 'svc/poetry.lock', message: 'poetry.lock: package at line 26 has no name or version; skipped' }]);
  });

  it('leaves direct unknown without a pyproject.toml', async () => {
    const out = await poetryLockCataloger.extract({ path: 'poetry.lock', size: LOCK.length, text: LOCK }, { readFile: async () => undefined });
    expect(out.packages.map((p) => p.direct)).toEqual([undefined, undefined, undefined]);
  });

  it.each([
    ['JSON', '{"package": []}'],
    ['binary garbage', '\u0001\u00ff\u00fePK garbage = = ['],
    ['a 1 MB line', `name = "${'x'.repeat(1 << 20)}`],
    ['a package that is not an array', 'package = "flask"'],
  ])('reports %s as a parse-error without quoting it', async (_, text) => {
    const out = await poetryLockCataloger.extract({ path: 'poetry.lock', size: text.length, text }, { readFile: async () => undefined });
    expect(out.packages).toEqual([]);
    expect(out.issues).toEqual([{ code: 'parse-error', path: 'poetry.lock', message: expect.stringMatching(/^poetry\.lock: .*skipped$/) }]);
    expect(out.issues![0]!.message).not.toMatch(/flask|garbage|xxx/);
  });
});

describe('poetryScope', () => {
  it.each([
    [{ groups: ['main'] }, undefined],
    [{ groups: ['main'], optional: true }, 'optional'],
    [{ groups: ['docs', 'main'] }, undefined],
    [{ groups: ['test', 'dev'] }, 'test'],
    [{ category: 'main' }, undefined],
    [{ category: 'main', optional: true }, 'optional'],
    [{ category: 'dev' }, 'dev'],
    [{}, undefined],
  ])('%j → %s', (entry, want) => {
    expect(poetryScope(entry)).toBe(want);
  });
});
