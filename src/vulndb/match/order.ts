import semver from 'semver';
import type { VersionScheme } from '../../versioning/types.js';

/**
 * A total order over the version strings of one range type. Callers check `isValid` before `compare`,
 * which throws for a string it cannot read.
 */
export interface VersionOrder {
  readonly name: string;
  isValid(version: string): boolean;
  compare(a: string, b: string): number;
}

/** `introduced: "0"` sorts before every version, whatever the scheme thinks of "0". */
export const ZERO = '0';

const MEMO_LIMIT = 50_000;
const schemeOrders = new WeakMap<VersionScheme, VersionOrder>();

/**
 * The ecosystem's own order, from its version scheme: one per scheme, with validity and comparisons
 * memoized (the same boundaries meet the same versions for every candidate and alias); "0" is the
 * bottom element.
 */
export function schemeOrder(scheme: VersionScheme): VersionOrder {
  const known = schemeOrders.get(scheme);
  if (known) return known;
  const valid = new Map<string, boolean>();
  const compared = new Map<string, number>();
  const order: VersionOrder = {
    name: scheme.meta.id,
    isValid: (v) => {
      if (v === ZERO) return true;
      let ok = valid.get(v);
      if (ok === undefined) {
        if (valid.size >= MEMO_LIMIT) valid.clear();
        ok = scheme.isValid(v);
        valid.set(v, ok);
      }
      return ok;
    },
    compare: (a, b) => {
      if (a === ZERO || b === ZERO) return a === b ? 0 : a === ZERO ? -1 : 1;
      if (a === b) return 0;
      const key = `${a}\0${b}`;
      let c = compared.get(key);
      if (c === undefined) {
        if (compared.size >= MEMO_LIMIT) compared.clear();
        c = scheme.compare(a, b);
        compared.set(key, c);
      }
      return c;
    },
  };
  schemeOrders.set(scheme, order);
  return order;
}

const prepared = new WeakMap<VersionOrder, WeakMap<object, unknown>>();

/**
 * Work derived from one advisory object under one order (a range validated and sorted, a versions list
 * sorted), done once: the safe-version search evaluates the same advisories for many candidate versions.
 * Keyed weakly on the advisory's own objects, so it lives exactly as long as they do.
 */
export function preparedFor<T>(order: VersionOrder, key: object, build: () => T): T {
  let byKey = prepared.get(order);
  if (!byKey) prepared.set(order, (byKey = new WeakMap()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = build();
  byKey.set(key, value);
  return value;
}

/**
 * SemVer 2.0 precedence for `SEMVER` ranges, whatever the package's ecosystem. Read leniently the way
 * osv-scanner does: a leading `v` is dropped and missing minor/patch components count as 0.
 */
export const semverOrder: VersionOrder = {
  name: 'SemVer 2.0',
  isValid: (v) => v === ZERO || toSemver(v) !== undefined,
  compare: (a, b) => {
    if (a === ZERO || b === ZERO) return a === b ? 0 : a === ZERO ? -1 : 1;
    const x = toSemver(a);
    const y = toSemver(b);
    if (!x || !y) throw new Error(`'${x ? b : a}' is not a valid SemVer 2.0 version`);
    return semver.compare(x, y);
  },
};

const CORE = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?((?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;

function toSemver(v: string): string | undefined {
  const m = CORE.exec(v.trim());
  if (!m) return undefined;
  const padded = `${m[1]}.${m[2] ?? '0'}.${m[3] ?? '0'}${m[4] ?? ''}`;
  return semver.valid(padded) ?? undefined;
}
