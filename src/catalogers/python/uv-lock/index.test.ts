import { describe, expect, it } from 'vitest';
import { fixture } from '../../../testing/fixtures.js';
import { describeFixtures, runFixture, scopeFromFirstDepGroup, scopeFromTrivyDev } from '../../shared/testdata/fixture-cases.js';
import { uvLockCataloger } from './index.js';

/**
 * Trivy has no scope for extras (it only flags dev); ours is the extra's name. Trivy also reports the
 * project itself as a `root` package; we do not (it is not a dependency).
 */
const TRIVY_EXTRA_SCOPE: Record<string, string> = { orjson: 'json' };

describe('uv.lock fixtures', () => {
  describeFixtures({
    format: 'uv-lock',
    cataloger: uvLockCataloger,
    suiteTests: [],
    // Trivy rejects a lock without exactly one root; we read what it locks (a workspace has several
    // roots), and leave `direct` unknown when there is no root to tell.
    own: {
      'trivy/uv_without_root.lock#lockfile without root': {
        reason: 'packages, direct unknown',
        check: (out, c) => {
          expect(out.packages.map((p) => [p.name, p.version, p.direct, p.locations[0]!.line])).toEqual([['asyncio', '3.4.3', undefined, 5]]);
          expect(c.expect_error).toBe(true);
        },
      },
      'trivy/uv_multiple_roots.lock#multiple roots': {
        reason: 'a workspace, both roots count',
        check: (out) => {
          expect(out.packages.map((p) => [p.name, p.version, p.direct])).toEqual([['asyncio', '3.4.3', true]]);
          expect(out.issues).toEqual([]);
        },
      },
    },
    // Scope is compared where osv-scalibr states depGroups (the root's direct group members). For transitive
    // packages it states none; we give them the group that needs them (checked in the unit tests).
    scope: (source, _c, rows) => {
      if (source !== 'trivy') return scopeFromFirstDepGroup(rows);
      return scopeFromTrivyDev(rows, [TRIVY_EXTRA_SCOPE[rows[0]!.name]]);
    },
  });
});

describe('uvLockCataloger', () => {
  it('gives transitive packages the scope of the group that needs them, runtime winning', async () => {
    const out = await runFixture(uvLockCataloger, fixture('lockfiles', 'uv-lock', 'osv-scalibr'), 'grouped-packages.lock');
    const scopes = Object.fromEntries(out.packages.map((p) => [p.name, [p.scope ?? 'runtime', p.direct]]));
    expect(scopes).toEqual({
      emoji: ['runtime', true], click: ['cli', true], colorama: ['cli', false], black: ['dev', true],
      'mypy-extensions': ['dev', false], packaging: ['dev', false], pathspec: ['dev', false], platformdirs: ['dev', false],
      tomli: ['dev', false], 'typing-extensions': ['dev', false], flake8: ['test', true], mccabe: ['test', false],
      pycodestyle: ['test', false], pyflakes: ['test', false],
    });
  });

  it('follows extras requested on an edge and picks the locked version an edge names', async () => {
    const text = `
[[package]]
name = "app"
version = "0"
source = { editable = "." }
dependencies = [{ name = "httpx", extra = ["socks"] }, { name = "dup", version = "2.0" }]

[[package]]
name = "httpx"
version = "1"
source = { registry = "https://pypi.org/simple" }
[package.optional-dependencies]
socks = [{ name = "socksio" }]

[[package]]
name = "socksio"
version = "1"

[[package]]
name = "dup"
version = "1.0"

[[package]]
name = "dup"
version = "2.0"

[[package]]
name = "sibling"
version = "0.1"
source = { directory = "../sibling" }
`;
    const out = await uvLockCataloger.extract({ path: 'uv.lock', size: text.length, text });
    expect(out.packages.map((p) => [p.name, p.version, p.direct, p.scope])).toEqual([
      ['httpx', '1', true, undefined], ['socksio', '1', false, undefined], ['dup', '1.0', false, undefined], ['dup', '2.0', true, undefined],
    ]);
  });

  it.each([
    ['JSON', '{"package": []}'],
    ['binary garbage', '\u0001\u00ff\u00fePK [[[ garbage'],
    ['a 1 MB line', `version = ${'9'.repeat(1 << 20)}x`],
  ])('reports %s as a parse-error', async (_, text) => {
    const out = await uvLockCataloger.extract({ path: 'uv.lock', size: text.length, text });
    expect(out.packages).toEqual([]);
    expect(out.issues).toEqual([{ code: 'parse-error', path: 'uv.lock', message: expect.stringMatching(/^uv\.lock: not valid TOML \(line \d+, column \d+\); skipped$/) }]);
  });
});
