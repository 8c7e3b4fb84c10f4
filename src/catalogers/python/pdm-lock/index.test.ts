import { describe, expect, it } from 'vitest';
import { describeFixtures, scopeFromFirstDepGroup } from '../../shared/testdata/fixture-cases.js';
import { pdmLockCataloger } from './index.js';

/**
 * osv-scalibr calls every non-default, non-dev PDM group `optional`; we keep the group's own name
 * (`tmp` in this fixture), as for every other lockfile.
 */
const OWN_GROUP_NAME: Record<string, string> = { 'package with optional dependency': 'tmp' };

describe('pdm.lock fixtures', () => {
  describeFixtures({
    format: 'pdm-lock',
    cataloger: pdmLockCataloger,
    suiteTests: [],
    scope: (_source, c, rows) => {
      const scope = scopeFromFirstDepGroup(rows);
      return scope !== 'unchecked' && scope[0] === 'optional' ? [OWN_GROUP_NAME[c.case]] : scope;
    },
  });
});

describe('pdmLockCataloger', () => {
  const LOCK = `[metadata]
groups = ["default", "dev"]

[[package]]
name = "Requests"
version = "2.31.0"
groups = ["default", "dev"]

[[package]]
name = "idna"
version = "3.4"
groups = ["default"]

[[package]]
name = "pytest"
version = "7.4.0"
groups = ["dev"]

[[package]]
name = "mylib"
version = "0.1.0"
path = "./libs/mylib"
groups = ["default"]
`;

  it('reads groups as scope and direct from pyproject.toml, and skips local paths', async () => {
    const pyproject = '[project]\nname = "app"\ndependencies = ["requests>=2"]\n[tool.pdm.dev-dependencies]\ntest = ["pytest"]\n';
    const out = await pdmLockCataloger.extract(
      { path: 'pdm.lock', size: LOCK.length, text: LOCK },
      { readFile: async (p) => (p === 'pyproject.toml' ? pyproject : undefined) },
    );
    expect(out.packages.map((p) => [p.name, p.version, p.scope, p.direct, p.locations[0]!.line])).toEqual([
      ['requests', '2.31.0', undefined, true, 5],
      ['idna', '3.4', undefined, false, 10],
      ['pytest', '7.4.0', 'dev', true, 15],
    ]);
    expect(out.issues).toEqual([]);
  });

  it.each([
    ['JSON', '{"package": [{"name": "x"}]}'],
    ['binary garbage', '\u0001\u00ff\u00fe[[package]\u0000'],
  ])('reports %s as a parse-error', async (_, text) => {
    const out = await pdmLockCataloger.extract({ path: 'pdm.lock', size: text.length, text }, { readFile: async () => undefined });
    expect(out).toEqual({ packages: [], issues: [{ code: 'parse-error', path: 'pdm.lock', message: expect.stringMatching(/^pdm\.lock: not valid TOML/) }] });
  });
});
