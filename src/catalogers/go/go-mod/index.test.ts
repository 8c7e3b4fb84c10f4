import { describe, expect, it } from 'vitest';
import type { CatalogContext } from '../../types.js';
import { goModCataloger, goRelease } from './index.js';

const noFiles: CatalogContext = { readFile: async () => undefined };
const files = (map: Record<string, string>): CatalogContext => ({ readFile: async (p) => map[p] });

async function extract(text: string, ctx = noFiles, path = 'svc/go.mod') {
  return goModCataloger.extract({ path, size: text.length, text }, ctx);
}

describe('go/go-mod', () => {
  it('matches go.mod files only', () => {
    expect(goModCataloger.matches('go.mod')).toBe(true);
    expect(goModCataloger.matches('a/b/go.mod')).toBe(true);
    expect(goModCataloger.matches('go.sum')).toBe(false);
    expect(goModCataloger.matches('x/notgo.mod')).toBe(false);
  });

  it('reads single and block requires, indirect markers, quoted paths and ignores exclude/retract/tool', async () => {
    const out = await extract(
      [
        'module example.com/app // the app',
        'go 1.22',
        'require github.com/a/b v1.2.3',
        'require (',
        '\t"github.com/c/d" v0.1.0 // indirect; used by tests',
        '\tgolang.org/x/text v0.14.0 // indirect',
        '\tgithub.com/e/f v2.0.0+incompatible',
        ')',
        'exclude github.com/a/b v1.2.2',
        'retract (',
        '\tv1.0.0 // oops',
        ')',
        'tool golang.org/x/tools/cmd/stringer',
        'godebug default=go1.21',
      ].join('\n'),
    );
    expect(out.issues).toBeUndefined();
    const byName = Object.fromEntries(out.packages.map((p) => [p.name, p]));
    expect(byName['github.com/a/b']).toMatchObject({ version: '1.2.3', direct: true, locations: [{ path: 'svc/go.mod', line: 3 }] });
    expect(byName['github.com/c/d']).toMatchObject({ version: '0.1.0', direct: false, locations: [{ line: 5 }] });
    expect(byName['golang.org/x/text']).toMatchObject({ direct: false, purl: 'pkg:golang/golang.org/x/text@0.14.0' });
    expect(byName['github.com/e/f']?.version).toBe('2.0.0+incompatible');
    expect(byName['stdlib']).toMatchObject({ version: '1.22', locations: [{ line: 2 }] });
    expect(out.packages).toHaveLength(5);
  });

  it('applies version-specific replacements before path-wide ones and skips local directories', async () => {
    const out = await extract(
      [
        'go 1.21',
        'require (',
        '  golang.org/x/net v1.2.3',
        '  golang.org/x/crypto v0.1.0',
        '  example.com/local v1.0.0',
        ')',
        'replace golang.org/x/net => example.com/any v9.9.9',
        'replace golang.org/x/net v1.2.3 => example.com/exact v1.4.5',
        'replace example.com/local v1.0.0 => ../local',
        'replace golang.org/x/crypto v0.0.1 => example.com/never v1.0.0',
      ].join('\n'),
    );
    expect(out.packages.map((p) => `${p.name}@${p.version}:${p.locations[0]?.line}`).sort()).toEqual([
      'example.com/exact@1.4.5:8',
      'golang.org/x/crypto@0.1.0:4',
      'stdlib@1.21:1',
    ]);
  });

  it('collapses duplicates into one package with every location', async () => {
    const out = await extract('go 1.21\nrequire a.example/m v1.0.0\nrequire a.example/m v1.0.0\n');
    const pkg = out.packages.find((p) => p.name === 'a.example/m');
    expect(pkg?.locations.map((l) => l.line)).toEqual([2, 3]);
    expect(out.packages).toHaveLength(2);
  });

  it('takes stdlib from the toolchain, ignoring its suffix', async () => {
    const out = await extract('go 1.21\ntoolchain go1.22.3-custom\n');
    expect(out.packages).toMatchObject([{ name: 'stdlib', version: '1.22.3', locations: [{ line: 2 }] }]);
  });

  it('writes pre-release Go versions the way OSV does', async () => {
    expect((await extract('go 1.21rc2\n')).packages[0]?.version).toBe('1.21.0-rc.2');
    expect((await extract('go 1.20\ntoolchain go1.21.0rc1\n')).packages[0]?.version).toBe('1.21.0-rc.1');
    expect(goRelease('1.22.5')).toBe('1.22.5');
  });

  it('adds the modules go.sum lists when go.mod predates Go 1.17, and reports malformed go.sum lines', async () => {
    const sum = [
      'github.com/a/b v1.0.0 h1:abc=',
      'github.com/x/y v0.9.0 h1:abc=',
      'github.com/x/y v1.0.0 h1:abc=',
      'github.com/x/y v1.0.0/go.mod h1:abc=',
      'github.com/only/gomod v1.0.0/go.mod h1:abc=',
      'garbage',
    ].join('\n');
    const out = await extract('go 1.16\nrequire github.com/a/b v1.1.0\n', files({ 'svc/go.sum': sum }));
    expect(out.packages.map((p) => `${p.name}@${p.version}`).sort()).toEqual(['github.com/a/b@1.1.0', 'github.com/x/y@1.0.0', 'stdlib@1.16']);
    expect(out.packages.find((p) => p.name === 'github.com/x/y')).toMatchObject({ direct: false, locations: [{ path: 'svc/go.sum', line: 3 }] });
    expect(out.issues).toEqual([{ code: 'parse-error', message: expect.stringContaining('line 6'), path: 'svc/go.sum' }]);
  });

  it('does not read go.sum for Go 1.17 and later', async () => {
    const out = await extract('go 1.17\n', files({ 'svc/go.sum': 'github.com/x/y v1.0.0 h1:abc=' }));
    expect(out.packages.map((p) => p.name)).toEqual(['stdlib']);
  });

  describe('hostile input', () => {
    const secret = 'hunter2-SECRET';
    it.each([
      ['binary garbage', `\u0000\u0001\u0002${secret}\uFFFD\uFFFD`],
      ['JSON', `{"require": "${secret}"}`],
      ['an unclosed block', `require (\n  a.example/m v1.0.0 // ${secret}`],
      ['an unterminated quote', `require "${secret} v1.0.0`],
      ['a require with too many fields', `require a.example/m v1 ${secret}`],
      ['a replace without arrow', `replace a.example/m ${secret}`],
    ])('%s gives a parse-error issue that does not quote the file', async (_name, text) => {
      const out = await extract(text);
      expect(out.issues).toHaveLength(1);
      expect(out.issues![0]).toMatchObject({ code: 'parse-error', path: 'svc/go.mod' });
      expect(out.issues![0]!.message).not.toContain(secret);
    });

    it('keeps what it found before a bad line', async () => {
      const out = await extract('require a.example/m v1.0.0\nnonsense here\nrequire b.example/m v2.0.0\n');
      expect(out.packages.map((p) => p.name).sort()).toEqual(['a.example/m', 'b.example/m']);
      expect(out.issues?.[0]?.message).toContain('line 2');
    });

    it('bounds the number of problems it records on a huge bad file', async () => {
      const out = await extract('x\n'.repeat(100_000));
      expect(out.issues![0]!.message).toMatch(/and 99999 more/);
    });
  });
});
