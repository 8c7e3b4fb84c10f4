import { Kind, SUFFIX_NONE, type Token } from './tokens.js';

/** Orders two digit strings by value, without a size limit. */
function compareNumbers(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Two tokens of the same kind. */
function compareToken(a: Token, b: Token): number {
  switch (a.kind) {
    case Kind.Digit:
      // apk (like Gentoo) compares a component with a leading zero as a string: 1.010 < 1.09
      if (a.value.startsWith('0') || b.value.startsWith('0')) return compareText(a.value, b.value);
      return compareNumbers(a.value, b.value);
    case Kind.InitialDigit:
    case Kind.SuffixNumber:
    case Kind.Revision:
      return compareNumbers(a.value, b.value);
    case Kind.Suffix:
      return Math.sign(a.suffix - b.suffix);
    default: // Letter, CommitHash: byte order
      return compareText(a.value, b.value);
  }
}

/** apk_version_compare on two token streams (each ends with an End token). */
export function compareTokens(a: readonly Token[], b: readonly Token[]): number {
  let i = 0;
  while (a[i]!.kind === b[i]!.kind && a[i]!.kind !== Kind.End) {
    const r = compareToken(a[i]!, b[i]!);
    if (r !== 0) return r;
    i++;
  }
  const x = a[i]!;
  const y = b[i]!;
  if (x.kind === y.kind) return 0;
  // Equal so far: the version that goes on is newer, unless what follows is a pre-release suffix.
  if (x.kind === Kind.Suffix && x.suffix < SUFFIX_NONE) return -1;
  if (y.kind === Kind.Suffix && y.suffix < SUFFIX_NONE) return 1;
  return x.kind > y.kind ? -1 : 1;
}
