import type { Item } from './items.js';

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const RELEASE = String(QUALIFIERS.indexOf(''));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Known qualifiers by rank, then unknown ones lexically after them ("7-xyz"), as Maven does it. */
function comparableQualifier(value: string): string {
  const i = QUALIFIERS.indexOf(value);
  return i === -1 ? `${QUALIFIERS.length}-${value}` : String(i);
}

function compareNumbers(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return compareText(a, b);
}

/**
 * ComparableVersion's Item.compareTo; `b` undefined is the padding of a shorter list. Numbers are newer
 * than sub-lists, which are newer than qualifiers: 1-sp < 1-1 < 1.1.
 */
export function compareItems(a: Item, b: Item | undefined): number {
  switch (a.kind) {
    case 'int':
      if (b === undefined) return a.digits === '0' ? 0 : 1;
      return b.kind === 'int' ? compareNumbers(a.digits, b.digits) : 1;
    case 'string':
      if (b === undefined) return compareText(comparableQualifier(a.value), RELEASE);
      if (b.kind !== 'string') return -1;
      return compareText(comparableQualifier(a.value), comparableQualifier(b.value));
    case 'list': {
      if (b === undefined) {
        // The whole list decides, not only its first item (MNG-6964): 1-0.alpha < 1.
        for (const item of a.items) {
          const r = compareItems(item, undefined);
          if (r !== 0) return r;
        }
        return 0;
      }
      if (b.kind !== 'list') return b.kind === 'int' ? -1 : 1;
      const length = Math.max(a.items.length, b.items.length);
      for (let k = 0; k < length; k++) {
        const l = a.items[k];
        const r = b.items[k];
        const result = l === undefined ? (r === undefined ? 0 : -compareItems(r, undefined)) : compareItems(l, r);
        if (result !== 0) return result;
      }
      return 0;
    }
  }
}
