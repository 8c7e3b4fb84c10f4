/**
 * rpm's rpmvercmp (rpmio/rpmvercmp.c, rpm >= 4.15): splits both strings into alphabetic and numeric
 * segments, skipping every other character as a separator. `~` sorts before everything, even the end
 * of the string; `^` sorts after the end of the string but before any further segment. A numeric
 * segment is newer than an alphabetic one; numeric segments compare as numbers, alphabetic ones as bytes.
 */
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isSeparator = (c: string): boolean => !isDigit(c) && !isAlpha(c) && c !== '~' && c !== '^';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNumbers(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return compareText(x, y);
}

export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && isSeparator(a[i]!)) i++;
    while (j < b.length && isSeparator(b[j]!)) j++;
    if (a[i] === '~' || b[j] === '~') {
      if (a[i] !== '~') return 1;
      if (b[j] !== '~') return -1;
      i++;
      j++;
      continue;
    }
    if (a[i] === '^' || b[j] === '^') {
      if (i >= a.length) return -1;
      if (j >= b.length) return 1;
      if (a[i] !== '^') return 1;
      if (b[j] !== '^') return -1;
      i++;
      j++;
      continue;
    }
    if (i >= a.length || j >= b.length) break;
    const numeric = isDigit(a[i]);
    const accept = numeric ? isDigit : isAlpha;
    let ei = i;
    let ej = j;
    while (ei < a.length && accept(a[ei])) ei++;
    while (ej < b.length && accept(b[ej])) ej++;
    // Segments of different types: the numeric one is newer.
    if (ej === j) return numeric ? 1 : -1;
    const r = numeric ? compareNumbers(a.slice(i, ei), b.slice(j, ej)) : compareText(a.slice(i, ei), b.slice(j, ej));
    if (r !== 0) return r;
    i = ei;
    j = ej;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i < a.length ? 1 : -1;
}
