/**
 * The item tree of Maven's ComparableVersion: numbers, qualifiers (strings) and sub-lists, a sub-list
 * starting at each `-` and at each transition between letters and digits.
 */
export interface IntItem {
  kind: 'int';
  /** Decimal digits without leading zeros ('0' for zero); compared without a size limit. */
  digits: string;
}

export interface StringItem {
  kind: 'string';
  /** Lower case, with aliases resolved: a1 → alpha, cr → rc, ga/final/release → ''. */
  value: string;
}

export interface ListItem {
  kind: 'list';
  items: Item[];
}

export type Item = IntItem | StringItem | ListItem;

export const ZERO: IntItem = { kind: 'int', digits: '0' };

export function intItem(digits: string): IntItem {
  const stripped = digits.replace(/^0+/, '');
  return { kind: 'int', digits: stripped === '' ? '0' : stripped };
}

const ALIASES: Readonly<Record<string, string>> = { ga: '', final: '', release: '', cr: 'rc' };
const SHORT_FORMS: Readonly<Record<string, string>> = { a: 'alpha', b: 'beta', m: 'milestone' };

/** A qualifier; `a`, `b` and `m` mean alpha, beta and milestone only when a digit follows (1a1 vs 1a). */
export function stringItem(text: string, followedByDigit: boolean): StringItem {
  const long = followedByDigit && Object.hasOwn(SHORT_FORMS, text) ? SHORT_FORMS[text]! : text;
  return { kind: 'string', value: Object.hasOwn(ALIASES, long) ? ALIASES[long]! : long };
}

export function isNullItem(item: Item): boolean {
  switch (item.kind) {
    case 'int':
      return item.digits === '0';
    case 'string':
      return item.value === '';
    case 'list':
      return item.items.length === 0;
  }
}

/** Drops trailing null items (0, the release qualifier, empty lists), looking past sub-lists. */
export function normalize(list: ListItem): void {
  for (let i = list.items.length - 1; i >= 0; i--) {
    const item = list.items[i]!;
    if (isNullItem(item)) list.items.splice(i, 1);
    else if (item.kind !== 'list') break;
  }
}
