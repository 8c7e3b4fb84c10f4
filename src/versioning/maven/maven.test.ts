import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../types.js';
import { compareMavenVersions, isValidMavenVersion, mavenScheme } from './index.js';
import type { Item, ListItem } from './items.js';
import { parseItems } from './parse.js';

/** ComparableVersion.getCanonical: '-' before a sub-list, '.' before anything else. */
function canonical(list: ListItem): string {
  const text = (item: Item): string =>
    item.kind === 'list' ? canonical(item) : item.kind === 'int' ? item.digits : item.value;
  return list.items.map((item, i) => (i === 0 ? '' : item.kind === 'list' ? '-' : '.') + text(item)).join('');
}

/** ComparableVersion's toListString: the tree with its nesting. */
function listString(list: ListItem): string {
  return `[${list.items.map((item) => (item.kind === 'list' ? listString(item) : item.kind === 'int' ? item.digits : item.value)).join(', ')}]`;
}

describe('maven parse', () => {
  it('builds the item tree Maven builds (canonical forms from ComparableVersionTest)', () => {
    expect(canonical(parseItems('1.2.7'))).toBe('1.2.7');
    expect(canonical(parseItems('1.2-SNAPSHOT'))).toBe('1.2-snapshot');
    expect(canonical(parseItems('1.0.0'))).toBe('1');
    expect(canonical(parseItems('1-ga'))).toBe('1');
    expect(canonical(parseItems('1.0alpha1'))).toBe('1-alpha-1');
    expect(canonical(parseItems('0.x'))).toBe('x');
    expect(canonical(parseItems('0.2'))).toBe('0.2');
    expect(canonical(parseItems('1.0.0.RC1'))).toBe('1-rc-1');
    expect(listString(parseItems('1.0-0.alpha'))).toBe('[1, [[alpha]]]');
    expect(listString(parseItems('1.0-sp1-redhat'))).toBe('[1, [sp, [1, [redhat]]]]');
    expect(canonical(parseItems('00.02.003'))).toBe('0.2.3');
  });
});

describe('mavenScheme', () => {
  it('sorts a shuffled list into Maven order', () => {
    const ordered = ['1.0-alpha-1', '1.0-beta-2', '1.0-M1', '1.0-RC1', '1.0-SNAPSHOT', '1.0', '1.0-sp1', '1.0-jre', '1.0-1', '1.0.1'];
    const shuffled = [7, 2, 9, 0, 5, 3, 8, 1, 6, 4].map((i) => ordered[i]!);
    expect(shuffled.sort(compareMavenVersions)).toEqual(ordered);
  });

  it('treats any string with a letter or digit as a version, but not ranges, properties or paths', () => {
    for (const v of ['1', 'Hoxton.SR1', '2.0.0.v200706041905-7C78EK9E_EkMNfNOd2d8qq', '17.0.5+8', 'ζέβρα'])
      expect(isValidMavenVersion(v), v).toBe(true);
    for (const v of ['', ' ', '1.0 ', '[1.0,2.0)', '${revision}', 'a/b', '1:2', '---', `1.${'0'.repeat(255)}`])
      expect(isValidMavenVersion(v), v).toBe(false);
  });

  it('throws InvalidVersionError naming the scheme and the version', () => {
    expect(() => mavenScheme.compare('[1.0,)', '1.0')).toThrow(InvalidVersionError);
    expect(() => mavenScheme.compare('1.0', '')).toThrow(/'' is not a valid maven version/);
  });
});
