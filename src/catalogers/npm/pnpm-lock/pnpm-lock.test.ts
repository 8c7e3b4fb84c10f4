import { describe, expect, it } from 'vitest';
import { extractText, HOSTILE, lineOf, summary } from '../testdata/inline.js';
import { pnpmLockCataloger } from './index.js';

const V9 = `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      express:
        specifier: ^4.18.0
        version: 4.18.2
      ui:
        specifier: workspace:*
        version: link:packages/ui
      cjs:
        specifier: npm:strip-ansi@^6.0.0
        version: strip-ansi@6.0.1
    devDependencies:
      vitest:
        specifier: ^1.0.0
        version: 1.6.0(@types/node@20.0.0)
    optionalDependencies:
      fsevents:
        specifier: ^2.3.0
        version: 2.3.3

  packages/ui:
    dependencies:
      ms:
        specifier: ^2.0.0
        version: 2.1.3

packages:

  express@4.18.2:
    resolution: {integrity: sha512-x}

  ms@2.1.3:
    resolution: {integrity: sha512-x}

  ms@2.0.0:
    resolution: {integrity: sha512-x}

  strip-ansi@6.0.1:
    resolution: {integrity: sha512-x}

  vitest@1.6.0:
    resolution: {integrity: sha512-x}

  '@types/node@20.0.0':
    resolution: {integrity: sha512-x}

  fsevents@2.3.3:
    resolution: {integrity: sha512-x}

  lonely@1.0.0:
    resolution: {integrity: sha512-x}

snapshots:

  express@4.18.2:
    dependencies:
      ms: 2.0.0

  ms@2.1.3: {}

  ms@2.0.0: {}

  strip-ansi@6.0.1: {}

  vitest@1.6.0(@types/node@20.0.0):
    dependencies:
      '@types/node': 20.0.0
      ms: 2.1.3

  '@types/node@20.0.0': {}

  fsevents@2.3.3:
    optional: true
`;

describe('npm/pnpm-lock', () => {
  it('wants pnpm-lock.yaml outside node_modules', () => {
    expect(pnpmLockCataloger.matches('pnpm-lock.yaml')).toBe(true);
    expect(pnpmLockCataloger.matches('node_modules/.pnpm/lock.yaml')).toBe(false);
    expect(pnpmLockCataloger.matches('node_modules/x/pnpm-lock.yaml')).toBe(false);
  });

  it('reads v9: direct from every importer, scope from the snapshot graph, links skipped', async () => {
    const out = await extractText(pnpmLockCataloger, 'pnpm-lock.yaml', V9);
    expect(out.issues).toBeUndefined();
    const at = (key: string) => lineOf(V9, `  ${key}:`);
    expect(summary(out.packages)).toEqual({
      'express@4.18.2': { line: at('express@4.18.2'), direct: true },
      'ms@2.1.3': { line: at('ms@2.1.3'), direct: true },
      'ms@2.0.0': { line: at('ms@2.0.0'), direct: false },
      'strip-ansi@6.0.1': { line: at('strip-ansi@6.0.1'), direct: true },
      'vitest@1.6.0': { line: at('vitest@1.6.0'), direct: true, scope: 'dev' },
      '@types/node@20.0.0': { line: at("'@types/node@20.0.0'"), direct: false, scope: 'dev' },
      'fsevents@2.3.3': { line: at('fsevents@2.3.3'), direct: true, scope: 'optional' },
      // listed, but no importer reaches it: not direct, scope unknown
      'lonely@1.0.0': { line: at('lonely@1.0.0'), direct: false },
    });
  });

  it('reads v5 flags, peer-suffixed keys and entries that carry their own name and version', async () => {
    const text = `lockfileVersion: 5.4

specifiers:
  a: ^1.0.0
  t: https://example.com/t-3.2.3.tgz

dependencies:
  a: 1.0.0_b@2.0.0

devDependencies:
  t: '@example.com/t-3.2.3.tgz'

packages:

  /a/1.0.0_b@2.0.0:
    resolution: {integrity: sha512-x}
    dependencies:
      b: 2.0.0
    dev: false

  /b/2.0.0:
    resolution: {integrity: sha512-x}
    dev: false
    optional: true

  '@example.com/t-3.2.3.tgz':
    resolution: {tarball: https://example.com/t-3.2.3.tgz}
    name: t
    version: 3.2.3
    dev: true
`;
    const out = await extractText(pnpmLockCataloger, 'pnpm-lock.yaml', text);
    expect(summary(out.packages)).toEqual({
      'a@1.0.0': { line: lineOf(text, '/a/1.0.0_b@2.0.0:'), direct: true },
      'b@2.0.0': { line: lineOf(text, '/b/2.0.0:'), direct: false, scope: 'optional' },
      't@3.2.3': { line: lineOf(text, "'@example.com/t-3.2.3.tgz':"), direct: true, scope: 'dev' },
    });
  });

  it('reads the last document when pnpm writes an env lockfile first', async () => {
    const text = `lockfileVersion: '9.0'\nimporters:\n  .:\n    packageManagerDependencies:\n      pnpm:\n        specifier: ^10\n        version: 10.0.0\npackages:\n  pnpm@10.0.0: {}\nsnapshots:\n  pnpm@10.0.0: {}\n---\n${V9}`;
    const out = await extractText(pnpmLockCataloger, 'pnpm-lock.yaml', text);
    expect(out.packages.map((p) => p.name)).not.toContain('pnpm');
    expect(out.packages).toHaveLength(8);
  });

  it('gives no packages and no issue for an empty file or a lock without packages', async () => {
    for (const text of ['', '# nothing\n', "lockfileVersion: '6.0'\n"]) {
      expect(await extractText(pnpmLockCataloger, 'pnpm-lock.yaml', text)).toEqual({ packages: [] });
    }
  });

  it('reports mis-indented lines and keeps what parsed', async () => {
    const text = "lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {integrity: ghp_SECRET}\n   x: [\n  b@2.0.0: {}\n";
    const out = await extractText(pnpmLockCataloger, 'pnpm-lock.yaml', text);
    expect(out.packages.map((p) => `${p.name}@${p.version}`)).toEqual(['a@1.0.0', 'b@2.0.0']);
    expect(out.issues).toEqual([{ code: 'parse-error', path: 'pnpm-lock.yaml', message: '1 lines are not pnpm-lock.yaml syntax (first at line 5); those lines were skipped' }]);
  });

  describe('hostile input gives an issue, never a crash or quoted content', () => {
    const cases: Record<string, string> = {
      ...HOSTILE,
      'alias bomb': 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
      'plain text': 'this is not valid yaml!',
      'question-mark keys': '? '.repeat(20_000),
      'deep flow nesting on many lines': `${'['.repeat(60)}${']'.repeat(60)}\n`.repeat(20_000),
    };
    delete cases.yaml;
    for (const [what, text] of Object.entries(cases)) {
      it(what, async () => {
        const out = await extractText(pnpmLockCataloger, 'pnpm-lock.yaml', text);
        expect(out.packages).toEqual([]);
        expect(out.issues?.map((i) => i.code)).toEqual(['parse-error']);
        expect(out.issues?.[0]?.message).not.toMatch(/SECRET|ghp_|\[\[|\? \?/);
      });
    }
  });
});
