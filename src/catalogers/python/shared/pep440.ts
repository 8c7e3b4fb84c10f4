/**
 * Just enough of PEP 440 for catalogers: is a version valid, and which of two versions is lower
 * (to find the lowest version a specifier allows). The full scheme lives in src/versioning.
 */

const MAX_VERSION_LENGTH = 256;

// The grammar of PEP 440 appendix B (public version + optional local label), case-insensitive.
const VERSION_RE =
  /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;

export interface ParsedVersion {
  epoch: number;
  release: number[];
  /** [rank, number]: a=0, b=1, rc=2. */
  pre?: [number, number];
  post?: number;
  dev?: number;
  local?: string;
}

const PRE_RANK: Record<string, number> = { a: 0, alpha: 0, b: 1, beta: 1, c: 2, rc: 2, pre: 2, preview: 2 };

export function parseVersion(text: string): ParsedVersion | undefined {
  if (text.length > MAX_VERSION_LENGTH) return undefined;
  const m = VERSION_RE.exec(text);
  if (!m) return undefined;
  const [, epoch, release, preL, preN, postImplicit, postL, postN, devL, devN, local] = m;
  const parsed: ParsedVersion = { epoch: Number(epoch ?? 0), release: release!.split('.').map(Number) };
  if (preL) parsed.pre = [PRE_RANK[preL.toLowerCase()]!, Number(preN ?? 0)];
  if (postImplicit !== undefined) parsed.post = Number(postImplicit);
  else if (postL) parsed.post = Number(postN ?? 0);
  if (devL) parsed.dev = Number(devN ?? 0);
  if (local) parsed.local = local.toLowerCase();
  return parsed;
}

export function isValidVersion(text: string): boolean {
  return parseVersion(text) !== undefined;
}

/** A prefix-match version as in `== 1.2.*`: a release segment, nothing after the `*`. */
export function isValidWildcard(text: string): boolean {
  const t = text.trim();
  return t.endsWith('.*') && /^v?(?:\d+!)?\d+(?:\.\d+)*$/i.test(t.slice(0, -2));
}

/** Negative when a < b, positive when a > b, 0 when equal under PEP 440 (`1.0` == `1.0.0`). */
export function compareVersions(a: ParsedVersion, b: ParsedVersion): number {
  if (a.epoch !== b.epoch) return a.epoch - b.epoch;
  const len = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < len; i++) {
    const d = (a.release[i] ?? 0) - (b.release[i] ?? 0);
    if (d !== 0) return d;
  }
  return (
    compareKeys(preKey(a), preKey(b)) ||
    compareKeys([a.post ?? -Infinity], [b.post ?? -Infinity]) ||
    compareKeys([a.dev ?? Infinity], [b.dev ?? Infinity]) ||
    compareLocal(a.local, b.local)
  );
}

/** A dev release of a final version sorts before its pre-releases; a final version after them. */
function preKey(v: ParsedVersion): number[] {
  if (v.pre) return v.pre;
  if (v.post === undefined && v.dev !== undefined) return [-Infinity];
  return [Infinity];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function compareLocal(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const as = a.split(/[-_.]/);
  const bs = b.split(/[-_.]/);
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const x = as[i];
    const y = bs[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) return Number(x) - Number(y);
    if (xn !== yn) return xn ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return 0;
}
