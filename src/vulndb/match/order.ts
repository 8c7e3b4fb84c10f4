import semver from 'semver';
import type { VersionScheme } from '../../versioning/types.js';

/**
 * A total order over the version strings of one range type. `parse` returns undefined for a string it
 * cannot read; compare only ever sees parsed keys, so an invalid version never throws mid-evaluation.
 */
export interface VersionOrder {
  readonly name: string;
  isValid(version: string): boolean;
  compare(a: string, b: string): number;
}

/** `introduced: "0"` sorts before every version, whatever the scheme thinks of "0". */
export const ZERO = '0';

/** The ecosystem's own order, from its version scheme; "0" is the bottom element. */
export function schemeOrder(scheme: VersionScheme): VersionOrder {
  return {
    name: scheme.meta.id,
    isValid: (v) => v === ZERO || scheme.isValid(v),
    compare: (a, b) => {
      if (a === ZERO || b === ZERO) return a === b ? 0 : a === ZERO ? -1 : 1;
      return scheme.compare(a, b);
    },
  };
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
