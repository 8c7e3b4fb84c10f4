import { describe, expect, it } from 'vitest';
import { extractText, HOSTILE, lineOf, summary } from '../testdata/inline.js';
import { pathComponents, resolveFrom } from './entries.js';
import { bunLockCataloger } from './index.js';

const LOCK = `{
  "lockfileVersion": 1,
  "workspaces": {
    "": {
      "name": "app",
      "dependencies": { "chalk": "^4.0.0", "ui": "workspace:*", "old-color": "npm:supports-color@^5" },
      "devDependencies": { "vitest": "^1.0.0" },
      "optionalDependencies": { "fsevents": "^2.3.0" },
    },
    "packages/ui": {
      "name": "ui",
      "version": "0.3.0",
      "dependencies": { "supports-color": "^8.0.0" },
    },
  },
  "packages": {
    "chalk": ["chalk@4.1.2", "", { "dependencies": { "supports-color": "^7.1.0" } }, "sha512-x"],
    "supports-color": ["supports-color@7.2.0", "", { "dependencies": { "has-flag": "^4.0.0" } }, "sha512-x"],
    "has-flag": ["has-flag@4.0.0", "", {}, "sha512-x"],
    "old-color": ["supports-color@5.5.0", "", { "dependencies": { "has-flag": "^3.0.0" } }, "sha512-x"],
    "old-color/has-flag": ["has-flag@3.0.0", "", {}, "sha512-x"],
    "ui": ["ui@workspace:packages/ui"],
    "ui/supports-color": ["supports-color@8.1.1", "", {}, "sha512-x"],
    "vitest": ["vitest@1.6.0", "", { "dependencies": { "@vitest/runner": "1.6.0" } }, "sha512-x"],
    "@vitest/runner": ["@vitest/runner@1.6.0", "", { "dependencies": { "has-flag": "^4.0.0" } }, "sha512-x"],
    "fsevents": ["fsevents@2.3.3", "", { "os": "darwin" }, "sha512-x"],
    "fork": ["fork@github:u/fork#0a1b2c3", {}, "u-fork-0a1b2c3"],
  },
}
`;

describe('npm/bun-lock', () => {
  it('wants bun.lock (text) outside node_modules, not bun.lockb', () => {
    expect(bunLockCataloger.matches('bun.lock')).toBe(true);
    expect(bunLockCataloger.matches('bun.lockb')).toBe(false);
    expect(bunLockCataloger.matches('node_modules/x/bun.lock')).toBe(false);
  });

  it('reads tuples, nested install paths, aliases, workspace members and git packages', async () => {
    const out = await extractText(bunLockCataloger, 'bun.lock', LOCK);
    expect(out.issues).toBeUndefined();
    const at = (key: string) => lineOf(LOCK, `"${key}": [`);
    expect(summary(out.packages)).toEqual({
      'chalk@4.1.2': { line: at('chalk'), direct: true },
      'supports-color@7.2.0': { line: at('supports-color'), direct: false },
      'has-flag@4.0.0': { line: at('has-flag'), direct: false },
      'supports-color@5.5.0': { line: at('old-color'), direct: true },
      'has-flag@3.0.0': { line: at('old-color/has-flag'), direct: false },
      'ui@0.3.0': { line: at('ui'), direct: true },
      'supports-color@8.1.1': { line: at('ui/supports-color'), direct: true },
      'vitest@1.6.0': { line: at('vitest'), direct: true, scope: 'dev' },
      '@vitest/runner@1.6.0': { line: at('@vitest/runner'), direct: false, scope: 'dev' },
      'fsevents@2.3.3': { line: at('fsevents'), direct: true, scope: 'optional' },
      'fork@': { line: at('fork'), direct: false },
    });
  });

  it('resolves a name from an install path the way node does', () => {
    const keys = new Set(['a', 'a/@s/b', '@s/b', 'a/@s/b/c', 'c']);
    const has = (k: string) => keys.has(k);
    expect(pathComponents('a/@s/b/c')).toEqual(['a', '@s/b', 'c']);
    expect(resolveFrom('a/@s/b', 'c', has)).toBe('a/@s/b/c');
    expect(resolveFrom('a', '@s/b', has)).toBe('a/@s/b');
    expect(resolveFrom('x/y', 'c', has)).toBe('c');
    expect(resolveFrom(undefined, 'missing', has)).toBeUndefined();
  });

  it('skips entries that are not tuples and reports them by line', async () => {
    const text = '{\n"lockfileVersion": 1,\n"packages": {\n"a": [123],\n"b": ["b@1.0.0", "", {}, "sha"],\n"c": "c@1",\n}\n}';
    const out = await extractText(bunLockCataloger, 'bun.lock', text);
    expect(out.packages.map((p) => `${p.name}@${p.version}`)).toEqual(['b@1.0.0']);
    expect(out.issues?.map((i) => i.message)).toEqual(['2 packages entries are not [name@version, …] tuples and were skipped (first at line 4)']);
  });

  it('keeps what came before a syntax error, and says where it is', async () => {
    const text = '{\n"packages": {\n"a": ["a@1.0.0", "", {}, "sha"],\n"b": ["b@2.0.0" "", {}],\n';
    const out = await extractText(bunLockCataloger, 'bun.lock', text);
    expect(out.packages.map((p) => `${p.name}@${p.version}`)).toContain('a@1.0.0');
    expect(out.issues?.[0]?.message).toBe('not valid JSON (CommaExpected at line 4)');
  });

  describe('hostile input gives an issue, never a crash or quoted content', () => {
    for (const [what, text] of Object.entries(HOSTILE)) {
      if (what === 'truncated') continue; // partial JSONC is read up to the error (above)
      it(what, async () => {
        const out = await extractText(bunLockCataloger, 'bun.lock', text);
        expect(out.packages).toEqual([]);
        expect(out.issues?.map((i) => i.code)).toContain('parse-error');
        for (const issue of out.issues ?? []) expect(issue.message).not.toMatch(/SECRET|lockfileVersion: 3|\[\[/);
      });
    }
  });
});
