import { compareDigits, compareStrings, isDigits } from '../shared/numeric.js';
import type { Pep440Version } from './parse.js';

const PRE_RANK = { a: 0, b: 1, rc: 2 } as const;

function compareRelease(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareDigits(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return Math.sign(a.length - b.length);
}

/**
 * Where the pre-release sorts: a bare dev release (`1.0.dev0`) before every pre-release, a final or
 * post release after all of them.
 */
function preKey(v: Pep440Version): number {
  if (v.pre) return 0;
  return v.post === undefined && v.dev !== undefined ? -1 : 1;
}

function comparePre(a: Pep440Version, b: Pep440Version): number {
  const ka = preKey(a);
  const kb = preKey(b);
  if (ka !== kb || ka !== 0) return Math.sign(ka - kb);
  return Math.sign(PRE_RANK[a.pre!.label] - PRE_RANK[b.pre!.label]) || compareDigits(a.pre!.number, b.pre!.number);
}

/** No post release sorts before any post release. */
function comparePost(a?: string, b?: string): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  return compareDigits(a, b);
}

/** No dev release sorts after any dev release. */
function compareDev(a?: string, b?: string): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return compareDigits(a, b);
}

/** Local segments: numbers numerically and above text, text lexically; more segments win a tie. */
function compareLocal(a?: readonly string[], b?: readonly string[]): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const xn = isDigits(x);
    const yn = isDigits(y);
    const c = xn && yn ? compareDigits(x, y) : xn !== yn ? (xn ? 1 : -1) : compareStrings(x, y);
    if (c !== 0) return c;
  }
  return Math.sign(a.length - b.length);
}

/** PEP 440 ordering (as `packaging.version.Version`): epoch, release, pre, post, dev, local. */
export function comparePep440(a: Pep440Version, b: Pep440Version): number {
  return (
    compareDigits(a.epoch, b.epoch) ||
    compareRelease(a.release, b.release) ||
    comparePre(a, b) ||
    comparePost(a.post, b.post) ||
    compareDev(a.dev, b.dev) ||
    compareLocal(a.local, b.local)
  );
}
