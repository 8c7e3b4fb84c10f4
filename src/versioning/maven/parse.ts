import { intItem, normalize, stringItem, ZERO, type Item, type ListItem } from './items.js';

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

function item(digits: boolean, text: string): Item {
  return digits ? intItem(text) : stringItem(text, false);
}

/**
 * ComparableVersion.parseVersion as of Maven 3.9: `.` separates items, `-` and every letter/digit
 * transition open a sub-list, and a qualifier after a dot is read as after a hyphen (MNG-7644:
 * 1.0.0.RC1 < 1.0.0-RC2, 2.0.X = 2-X). Only ASCII digits are digits.
 */
export function parseItems(version: string): ListItem {
  const v = version.toLowerCase();
  const root: ListItem = { kind: 'list', items: [] };
  const stack: ListItem[] = [root];
  let list = root;
  const open = (): void => {
    const sub: ListItem = { kind: 'list', items: [] };
    list.items.push(sub);
    list = sub;
    stack.push(sub);
  };
  let digits = false;
  let start = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c === '.' || c === '-') {
      list.items.push(i === start ? ZERO : item(digits, v.slice(start, i)));
      start = i + 1;
      if (c === '-') open();
    } else if (isDigit(c)) {
      if (!digits && i > start) {
        if (list.items.length > 0) open();
        list.items.push(stringItem(v.slice(start, i), true));
        start = i;
        open();
      }
      digits = true;
    } else {
      if (digits && i > start) {
        list.items.push(item(true, v.slice(start, i)));
        start = i;
        open();
      }
      digits = false;
    }
  }
  if (v.length > start) {
    if (!digits && list.items.length > 0) open();
    list.items.push(item(digits, v.slice(start)));
  }
  // Innermost lists first, as Maven pops its stack.
  for (let k = stack.length - 1; k >= 0; k--) normalize(stack[k]!);
  return root;
}
