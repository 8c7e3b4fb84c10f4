import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../types.js';
import { pep440Scheme } from './index.js';
import { parsePep440 } from './parse.js';

/** pypa/packaging tests/test_version.py VERSIONS: the list is in ascending order. */
const SORTED = [
  '1.0.dev0', '1.0.dev456', '1.0.dev456+local', '1.0a0', '1.0a0.post0.dev0', '1.0a0.post0', '1.0a1.dev1',
  '1.0a1.dev1+local', '1.0a1', '1.0a1+local', '1.0b0', '1.0b1.dev456', '1.0b2', '1.0b2.post345.dev456',
  '1.0b2.post345', '1.0b2-346', '1.0rc0', '1.0rc1.dev1', '1.0c1.post0', '1.0rc2', '1.0', '1.0.post0.dev0',
  '1.0.post0', '1.0.post456.dev34', '1.0.post456', '1.0.post456+local', '1.0.1.dev1', '1.0.1a1', '1.0.1',
  '1.0.1+local', '1.0.1.post1', '1.1.dev1', '1.2+a', '1.2+abc', '1.2+abcdef', '1.2+def', '1.2+0', '1.2+1',
  '1.2+1.abc', '1.2+1.1', '1.2+1.1.0', '1.2+2', '1.2+123', '1.2+123456', '1.2.r32+123456', '1.2.rev33+123456',
  '1!1.0.dev0', '1!1.0a1', '1!1.0', '1!1.0.post1+local', '1!1.2.rev33+123456',
];

describe('pep440 scheme', () => {
  it('orders every pair of packaging’s sorted VERSIONS list', () => {
    const wrong: string[] = [];
    SORTED.forEach((a, i) =>
      SORTED.forEach((b, j) => {
        if (Math.sign(pep440Scheme.compare(a, b)) !== Math.sign(i - j)) wrong.push(`${a} vs ${b}`);
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('normalizes spellings into epoch, release, pre, post, dev and local', () => {
    expect(parsePep440('  V01!1.02.0.0-ALPHA_3.Post-4.DEV5+Ubuntu-1.0 \n')).toEqual({
      epoch: '1',
      release: ['1', '2'],
      pre: { label: 'a', number: '3' },
      post: '4',
      dev: '5',
      local: ['ubuntu', '1', '0'],
    });
    expect(parsePep440('1.0-7')).toMatchObject({ post: '7' });
    expect(parsePep440('1.0preview')).toMatchObject({ pre: { label: 'rc', number: '0' } });
    expect(parsePep440('1.0.rev')).toMatchObject({ post: '0' });
    expect(parsePep440('0.0')).toMatchObject({ release: [] });
  });

  it('strips surrounding whitespace, Unicode included, as packaging does', () => {
    expect(pep440Scheme.compare('\u202f1.0\t\u2029\n ', '1.0')).toBe(0);
    expect(pep440Scheme.isValid('1.0 a1')).toBe(false);
    expect(pep440Scheme.isValid('1. 0')).toBe(false);
  });

  it('refuses non-ASCII digits and letters that fold to ASCII', () => {
    expect(pep440Scheme.isValid('٠١٢.٣٤٥')).toBe(false);
    expect(pep440Scheme.isValid('1.0+\u0130')).toBe(false);
    expect(pep440Scheme.isValid('1.0+\u212a')).toBe(false); // Kelvin sign lower-cases to k
    expect(pep440Scheme.isValid('1.0+k')).toBe(true);
  });

  it('compares huge numbers exactly', () => {
    expect(pep440Scheme.compare('1.0.post18446744073709551617', '1.0.post18446744073709551616')).toBe(1);
    expect(pep440Scheme.compare('9007199254740993', '9007199254740992')).toBe(1);
  });

  it('throws InvalidVersionError for an invalid version on either side', () => {
    expect(() => pep440Scheme.compare('1.0', 'lolwat')).toThrow(InvalidVersionError);
    expect(() => pep440Scheme.compare('1.0-bulbasaur', '1.0')).toThrow(/not a valid pep440 version/);
  });

  it('stays linear on hostile input and refuses more than 256 characters', () => {
    const hostile = ['1' + '.0'.repeat(127) + 'x', '1.0a' + '1'.repeat(250) + 'x', '1.0+' + 'a.'.repeat(125) + '+'];
    for (const h of hostile) expect(pep440Scheme.isValid(h)).toBe(false);
    expect(pep440Scheme.isValid('1' + '.0'.repeat(127))).toBe(true);
    expect(pep440Scheme.isValid('1' + '.0'.repeat(128))).toBe(false);
  });
});
