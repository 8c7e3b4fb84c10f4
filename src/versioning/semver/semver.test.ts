import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../types.js';
import { semverScheme } from './index.js';

const here = new URL('./testdata/', import.meta.url);
const data = (name: string): string[] =>
  readFileSync(new URL(name, here), 'utf8').split('\n').map((l) => l.replace(/\s+#.*$|^#.*$/, '').trim()).filter(Boolean);

const versions = [...new Set(data('semver-versions.txt').flatMap((l) => l.split(/\s+[<=>]\s+/)))];
const invalid = data('semver-invalid.txt');

/** node-semver loses precision on numeric identifiers past 2^53; those lines are checked by the data file only. */
const safe = versions.filter((v) => !/[0-9]{16,}/.test(v) && semver.clean(v) !== null);

describe('semver scheme (npm)', () => {
  it('orders every pair of the test corpus as node-semver does', () => {
    const wrong: string[] = [];
    for (const a of safe) {
      for (const b of safe) {
        const want = semver.compare(semver.clean(a)!, semver.clean(b)!);
        if (Math.sign(semverScheme.compare(a, b)) !== want) wrong.push(`${a} vs ${b}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('accepts exactly what npm cleans into a version, plus partial versions', () => {
    const partial = /^[=v]*[0-9]+(\.[0-9]+)?([-+]|$)/;
    const full = [...versions, ...invalid, ' v1.2.3\t', '==1.2.3', '1.2.3 '].filter((v) => !partial.test(v.trim()));
    expect(full.length).toBeGreaterThan(60);
    for (const v of full) expect(semverScheme.isValid(v), v).toBe(semver.clean(v) !== null);
  });

  it('reads a partial version as osv.dev coerces it, padded with .0', () => {
    expect(semverScheme.compare('1.0', '1.0.0')).toBe(0);
    expect(semverScheme.compare('v1', '1.0.0')).toBe(0);
    expect(semverScheme.compare('1.2-rc.1', '1.2.0-rc.1')).toBe(0);
    expect(semverScheme.isValid('1.2.')).toBe(false);
    expect(semverScheme.isValid('01.2')).toBe(false);
  });

  it('compares pre-release numbers past 2^53 exactly, where node-semver calls them equal', () => {
    expect(semver.compare('1.0.0-9007199254740993', '1.0.0-9007199254740992')).toBe(0);
    expect(semverScheme.compare('1.0.0-9007199254740993', '1.0.0-9007199254740992')).toBe(1);
  });

  it('refuses major/minor/patch above Number.MAX_SAFE_INTEGER, as npm does', () => {
    expect(semverScheme.isValid('9007199254740991.0.0')).toBe(true);
    expect(semverScheme.isValid('9007199254740992.0.0')).toBe(false);
  });

  it('throws InvalidVersionError naming the scheme and version', () => {
    expect(() => semverScheme.compare('1.2.3.4', '1.2.0')).toThrow(InvalidVersionError);
    try {
      semverScheme.compare('1.0.0', 'nope');
    } catch (e) {
      expect(e).toMatchObject({ scheme: 'semver', version: 'nope' });
    }
  });

  it('refuses input longer than 256 characters', () => {
    const long = `1.0.0-${'a'.repeat(251)}`;
    expect(long.length).toBe(257);
    expect(semverScheme.isValid(long)).toBe(false);
    expect(semverScheme.isValid(long.slice(0, 256))).toBe(true);
  });
});
