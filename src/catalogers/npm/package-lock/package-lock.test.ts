import { describe, expect, it } from 'vitest';
import { extractText, HOSTILE, lineOf, summary } from '../testdata/inline.js';
import { packageLockCataloger } from './index.js';

const lockV3 = (packages: Record<string, unknown>) => JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }, null, 2);

describe('npm/package-lock', () => {
  it('wants package-lock.json and npm-shrinkwrap.json outside node_modules', () => {
    expect(packageLockCataloger.matches('package-lock.json')).toBe(true);
    expect(packageLockCataloger.matches('web/npm-shrinkwrap.json')).toBe(true);
    expect(packageLockCataloger.matches('node_modules/x/package-lock.json')).toBe(false);
    expect(packageLockCataloger.matches('node_modules/.package-lock.json')).toBe(false);
    expect(packageLockCataloger.matches('package.json')).toBe(false);
  });

  it('reads v2/v3 install paths: nested, scoped, aliased, flagged, direct only at the top', async () => {
    const text = lockV3({
      '': { name: 'app', dependencies: { a: '^1', '@s/b': '^2', cjs: 'npm:c@^3' }, devDependencies: { t: '^1' }, peerDependencies: { p: '*' } },
      'node_modules/a': { version: '1.0.0' },
      'node_modules/a/node_modules/@s/b': { version: '1.5.0', optional: true },
      'node_modules/@s/b': { version: '2.0.0' },
      'node_modules/cjs': { name: 'c', version: '3.1.0' },
      'node_modules/t': { version: '1.0.0', dev: true },
      'node_modules/t/node_modules/x': { version: '1.0.0', dev: true, optional: true },
      'node_modules/y': { version: '1.0.0', devOptional: true },
      'node_modules/p': { version: '4.0.0', peer: true },
    });
    const out = await extractText(packageLockCataloger, 'package-lock.json', text);
    const at = (key: string) => lineOf(text, `"${key}": {`);
    expect(out.issues).toBeUndefined();
    expect(summary(out.packages)).toEqual({
      'a@1.0.0': { line: at('node_modules/a'), direct: true },
      '@s/b@1.5.0': { line: at('node_modules/a/node_modules/@s/b'), direct: false, scope: 'optional' },
      '@s/b@2.0.0': { line: at('node_modules/@s/b'), direct: true },
      'c@3.1.0': { line: at('node_modules/cjs'), direct: true },
      't@1.0.0': { line: at('node_modules/t'), direct: true, scope: 'dev' },
      'x@1.0.0': { line: at('node_modules/t/node_modules/x'), direct: false, scope: 'dev' },
      'y@1.0.0': { line: at('node_modules/y'), direct: false, scope: 'optional' },
      'p@4.0.0': { line: at('node_modules/p'), direct: true, scope: 'peer' },
    });
  });

  it('reports a workspace once, under its link name, as direct; a broken link is skipped', async () => {
    const text = lockV3({
      '': { name: 'root', workspaces: ['packages/*'] },
      'node_modules/@app/ui': { resolved: 'packages/ui', link: true },
      'node_modules/gone': { resolved: '', link: true },
      'packages/ui': { version: '0.3.0', dependencies: { lodash: '^4' } },
      'packages/ui/node_modules/lodash': { version: '4.17.21' },
    });
    const out = await extractText(packageLockCataloger, 'package-lock.json', text);
    expect(summary(out.packages)).toMatchObject({ '@app/ui@0.3.0': { direct: true }, 'lodash@4.17.21': { direct: false } });
    expect(out.packages).toHaveLength(2);
  });

  it('collapses duplicates to the widest scope and the first line', async () => {
    const text = lockV3({
      '': {},
      'node_modules/x/node_modules/ms': { version: '2.0.0', dev: true },
      'node_modules/y/node_modules/ms': { version: '2.0.0' },
    });
    const out = await extractText(packageLockCataloger, 'package-lock.json', text);
    expect(summary(out.packages)).toEqual({ 'ms@2.0.0': { line: 7, direct: false } });
  });

  it('reads v1 trees with aliases, file: and git versions, and direct from the package.json beside it', async () => {
    const text = JSON.stringify(
      {
        lockfileVersion: 1,
        dependencies: {
          a: { version: '1.0.0', dependencies: { a: { version: '0.9.0', dev: true } } },
          old: { version: 'npm:@s/new@2.0.0' },
          local: { version: 'file:../local' },
          fork: { version: 'git+https://token@github.com/u/fork.git#0123abc' },
        },
      },
      null,
      2,
    );
    const tree = { 'web/package.json': JSON.stringify({ dependencies: { a: '^1', fork: 'u/fork' } }) };
    const out = await extractText(packageLockCataloger, 'web/package-lock.json', text, tree);
    expect(summary(out.packages)).toEqual({
      'a@1.0.0': { line: 4, direct: true },
      'a@0.9.0': { line: 7, direct: false, scope: 'dev' },
      '@s/new@2.0.0': { line: 13, direct: false },
      'local@': { line: 16, direct: false },
      'fork@': { line: 19, direct: true },
    });
    const bare = await extractText(packageLockCataloger, 'package-lock.json', text);
    expect(bare.packages.every((p) => p.direct === undefined)).toBe(true);
  });

  it('leaves package-lock.json to the npm-shrinkwrap.json beside it', async () => {
    const text = lockV3({ 'node_modules/a': { version: '1.0.0' } });
    expect((await extractText(packageLockCataloger, 'x/package-lock.json', text, { 'x/npm-shrinkwrap.json': text })).packages).toEqual([]);
    expect((await extractText(packageLockCataloger, 'x/npm-shrinkwrap.json', text, { 'x/package-lock.json': text })).packages).toHaveLength(1);
  });

  it('reads a minified lockfile on one line', async () => {
    const text = JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/a': { version: '1.0.0' } } });
    expect(summary((await extractText(packageLockCataloger, 'package-lock.json', text)).packages)).toEqual({ 'a@1.0.0': { line: 1, direct: false } });
  });

  it('reads a 5,000-entry lockfile completely (its timing is a benchmark, not a test)', async () => {
    const packages: Record<string, unknown> = { '': { dependencies: { 'p-0': '1' } } };
    for (let i = 0; i < 5000; i++) packages[i % 2 ? `node_modules/p-${i - 1}/node_modules/q-${i}` : `node_modules/p-${i}`] = { version: `1.0.${i}`, integrity: 'sha512-x' };
    const text = lockV3(packages);
    const out = await extractText(packageLockCataloger, 'package-lock.json', text);
    expect(out.packages).toHaveLength(5000);
    expect(summary(out.packages)['q-4999@1.0.4999']).toEqual({ line: lineOf(text, '"node_modules/p-4998/node_modules/q-4999"'), direct: false });
    expect(summary(out.packages)['p-0@1.0.0']).toEqual({ line: lineOf(text, '"node_modules/p-0"'), direct: true });
  });

  describe('hostile input gives an issue, never a crash or quoted content', () => {
    for (const [what, text] of Object.entries(HOSTILE)) {
      it(what, async () => {
        const out = await extractText(packageLockCataloger, 'package-lock.json', text);
        expect(out.packages).toEqual([]);
        expect(out.issues).toHaveLength(1);
        expect(out.issues?.[0]).toMatchObject({ code: 'parse-error', path: 'package-lock.json' });
        expect(out.issues?.[0]?.message).not.toMatch(/SECRET|node_modules\/a|lockfileVersion/);
      });
    }

    it('top level that is not an object, and entries that are not objects', async () => {
      for (const text of ['null', '[]', '"x"', '{"packages": []}']) {
        expect((await extractText(packageLockCataloger, 'package-lock.json', text)).issues?.[0]?.code).toBe('parse-error');
      }
      const out = await extractText(packageLockCataloger, 'package-lock.json', lockV3({ 'node_modules/a': 'x', 'node_modules/b': { version: '1.0.0' } }));
      expect(out.packages.map((p) => p.name)).toEqual(['b']);
      expect(out.issues?.[0]?.message).toBe(`1 package entries are not objects and were skipped (first at line ${lineOf(lockV3({ 'node_modules/a': 'x' }), 'node_modules/a')})`);
    });

    it('a v1 tree nested 20,000 deep is cut at the depth limit', async () => {
      let text = '{"lockfileVersion": 1, "dependencies": ';
      for (let i = 0; i < 20_000; i++) text += `{"d${i}": {"version": "1.0.0", "dependencies": `;
      text += '{}' + '}}'.repeat(20_000) + '}';
      const out = await extractText(packageLockCataloger, 'package-lock.json', text);
      expect(out.packages).toHaveLength(256);
      expect(out.issues?.map((i) => i.message)).toEqual(['dependencies nest deeper than 256 levels; the deeper entries were skipped']);
    });
  });
});
