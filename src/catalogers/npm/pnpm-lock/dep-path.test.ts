import { describe, expect, it } from 'vitest';
import { parseDepPath, refCandidates, withoutPeers } from './dep-path.js';

describe('pnpm dependency paths', () => {
  it.each([
    ['/acorn/8.7.0', 'acorn', '8.7.0'],
    ['/@typescript-eslint/types/5.13.0', '@typescript-eslint/types', '5.13.0'],
    ['/acorn-jsx/5.3.2_acorn@8.7.0', 'acorn-jsx', '5.3.2'],
    ['/@typescript-eslint/parser/5.13.0_eslint@8.10.0+typescript@4.6.2', '@typescript-eslint/parser', '5.13.0'],
    ['/foo/1.4.0_@types+babel__core@7.1.14', 'foo', '1.4.0'],
    ['registry.npmjs.org/@foo/bar/1.1.0', '@foo/bar', '1.1.0'],
    ['example.com/foo/1.3.0_bar@2.0.0', 'foo', '1.3.0'],
    ['/react-dom@18.2.0(react@18.2.0)', 'react-dom', '18.2.0'],
    ['/@babel/runtime@7.22.3', '@babel/runtime', '7.22.3'],
    ['@eslint-community/eslint-utils@4.4.0(eslint@8.57.0)', '@eslint-community/eslint-utils', '4.4.0'],
    ['react@18.3.0-canary-ab31a9ed2-20230824', 'react', '18.3.0-canary-ab31a9ed2-20230824'],
    ['asynckit@https://github.com/alexindigo/asynckit/tarball/v0.4.0', 'asynckit', ''],
    ['package1@file:package1', 'package1', ''],
  ])('%s is %s %s', (key, name, version) => {
    expect(parseDepPath(key)).toEqual({ name, version });
  });

  it.each(['github.com/kevva/is-positive', '/foo/bar', 'invalidpath', 'file:../nameless-package', ''])('%s names no package', (key) => {
    expect(parseDepPath(key)).toBeUndefined();
  });

  it('strips resolved peers and lists the keys a reference may stand for', () => {
    expect(withoutPeers('a@1.0.0(b@2.0.0)(c@3.0.0)')).toBe('a@1.0.0');
    expect(refCandidates('ms', '2.1.2')).toEqual(['/ms/2.1.2', '/ms@2.1.2', 'ms@2.1.2', '2.1.2', '/2.1.2']);
    expect(refCandidates('ui', 'link:../ui')).toEqual([]);
  });
});
