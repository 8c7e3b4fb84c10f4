import { compareDigits } from '../shared/numeric.js';

/**
 * PHP's version_compare(), which Composer applies to normalized versions. A version is split into runs of
 * digits and runs of other characters (`-`, `_`, `+`, `.` separate); runs are compared pairwise.
 */
function tokens(version: string): string[] {
  return version.match(/[0-9]+|[^0-9._+-]+/g) ?? [];
}

/** PHP's special forms, matched as prefixes: any other word < dev < alpha = a < beta = b < RC = rc < # < pl = p. */
const SPECIAL_FORMS: readonly (readonly [string, number])[] = [
  ['dev', 0], ['alpha', 1], ['a', 1], ['beta', 2], ['b', 2], ['RC', 3], ['rc', 3], ['#', 4], ['pl', 5], ['p', 5],
];

function specialOrder(form: string): number {
  for (const [name, order] of SPECIAL_FORMS) if (form.startsWith(name)) return order;
  return -1;
}

const NUMBER_ORDER = specialOrder('#');

function isNumber(token: string): boolean {
  const c = token.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function compareToken(a: string, b: string): number {
  if (isNumber(a) && isNumber(b)) return compareDigits(a, b);
  const x = isNumber(a) ? NUMBER_ORDER : specialOrder(a);
  const y = isNumber(b) ? NUMBER_ORDER : specialOrder(b);
  return Math.sign(x - y);
}

/**
 * version_compare(a, b) as PHP computes it: when one side runs out, a further number makes the longer side
 * greater and a further word is weighed against a number (`1.0-beta` < `1.0` < `1.0-p1`). Numbers of any
 * size compare exactly (PHP saturates at PHP_INT_MAX).
 */
export function phpVersionCompare(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const c = compareToken(x[i]!, y[i]!);
    if (c !== 0) return c;
  }
  if (x.length === y.length) return 0;
  const longerIsA = x.length > y.length;
  const next = (longerIsA ? x : y)[n]!;
  const c = isNumber(next) ? 1 : Math.sign(specialOrder(next) - NUMBER_ORDER);
  return longerIsA ? c : -c;
}
