import { describe, expect, it } from 'vitest';
import { describeFixtures } from '../../shared/testdata/fixture-cases.js';
import { isPylock, pylockCataloger } from './index.js';

describe('pylock.toml fixtures', () => {
  describeFixtures({ format: 'pylock-toml', cataloger: pylockCataloger, suiteTests: [] });
});

describe('pylockCataloger', () => {
  it('matches pylock.toml and named lock files only', () => {
    expect(isPylock('pylock.toml')).toBe(true);
    expect(isPylock('a/pylock.dev.toml')).toBe(true);
    expect(isPylock('pylock.toml.bak')).toBe(false);
    expect(isPylock('mypylock.toml')).toBe(false);
    expect(isPylock('pylock..toml')).toBe(false);
  });

  it('skips directories and version-less VCS or archive entries, and reports index entries without a version', () => {
    const text = `lock-version = "1.0"
[[packages]]
name = "proj"
directory = { path = ".", editable = true }

[[packages]]
name = "from-git"
vcs = { type = "git", url = "https://example.com/x.git", commit-id = "abc" }

[[packages]]
name = "broken"
index = "https://pypi.org/simple"

[[packages]]
name = "attrs"
version = "25.1.0"
`;
    const out = pylockCataloger.extract({ path: 'pylock.toml', size: text.length, text });
    expect(out.packages.map((p) => [p.name, p.version, p.locations[0]!.line, p.direct])).toEqual([['attrs', '25.1.0', 15, undefined]]);
    expect(out.issues).toEqual([{ code: 'parse-error', path: 'pylock.toml', message: 'pylock.toml: package at line 11 has no name or version; skipped' }]);
  });

  it('reports a file that is not TOML', () => {
    const text = '{"lock-version": "1.0", "packages": []}';
    const out = pylockCataloger.extract({ path: 'pylock.toml', size: text.length, text });
    expect(out).toEqual({ packages: [], issues: [{ code: 'parse-error', path: 'pylock.toml', message: expect.stringMatching(/^pylock\.toml: not valid TOML \(line 1, column \d+\); skipped$/) }] });
  });
});
