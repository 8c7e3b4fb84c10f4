/**
 * The token stream of an apk version, `digit{.digit}...{letter}{_suffix{number}}...{~hash}{-r#}`, as
 * apk-tools (src/version.c) reads it. The token kinds are ordered: a kind may only follow a kind not
 * greater than itself (and, as in apk-tools 2, digits may follow the letter), and when two versions
 * agree up to where one runs into a greater kind, the other one is the newer version (unless it
 * continues with a pre-release suffix).
 */
export const Kind = {
  InitialDigit: 0,
  Digit: 1,
  Letter: 2,
  Suffix: 3,
  SuffixNumber: 4,
  CommitHash: 5,
  Revision: 6,
  End: 7,
} as const;
export type TokenKind = (typeof Kind)[keyof typeof Kind];

/** Suffixes by weight; 'none' (a version without the suffix) sits between the pre- and post-releases. */
export const SUFFIXES = ['alpha', 'beta', 'pre', 'rc', '', 'cvs', 'svn', 'git', 'hg', 'p'] as const;
export const SUFFIX_NONE = SUFFIXES.indexOf('');

export interface Token {
  kind: TokenKind;
  /** The digits, letter, suffix name or hash text as written. */
  value: string;
  /** Weight of a Suffix token in SUFFIXES; -1 for other kinds. */
  suffix: number;
}

export const MAX_APK_VERSION_LENGTH = 256;

function span(s: string, from: number, accept: (c: string) => boolean): number {
  let end = from;
  while (end < s.length && accept(s[end]!)) end++;
  return end;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isLower = (c: string): boolean => c >= 'a' && c <= 'z';
const isHex = (c: string): boolean => isDigit(c) || (c >= 'a' && c <= 'f');

function suffixWeight(name: string): number {
  return name === '' ? -1 : SUFFIXES.indexOf(name as (typeof SUFFIXES)[number]);
}

/** The tokens of a valid version, ending with an End token; undefined for a version apk rejects. */
export function tokenize(version: string): Token[] | undefined {
  if (version.length > MAX_APK_VERSION_LENGTH) return undefined;
  let pos = span(version, 0, isDigit);
  if (pos === 0) return undefined;
  const tokens: Token[] = [{ kind: Kind.InitialDigit, value: version.slice(0, pos), suffix: -1 }];
  const push = (kind: TokenKind, start: number, end: number, suffix = -1): void => {
    tokens.push({ kind, value: version.slice(start, end), suffix });
    pos = end;
  };
  while (pos < version.length) {
    const c = version[pos]!;
    const prev = tokens[tokens.length - 1]!.kind;
    if (isLower(c)) {
      if (prev > Kind.Digit) return undefined;
      push(Kind.Letter, pos, pos + 1);
    } else if (c === '.' || isDigit(c)) {
      if (c === '.' && prev > Kind.Digit) return undefined;
      const start = c === '.' ? pos + 1 : pos;
      // Digits straight after the letter (6.6.2p1) are invalid to apk-tools 3 but valid to apk-tools 2,
      // which Alpine's secdb was written against: read them as a further number, as apk-tools 2 does.
      const kind = prev <= Kind.Letter ? Kind.Digit : prev === Kind.Suffix ? Kind.SuffixNumber : undefined;
      const end = span(version, start, isDigit);
      if (kind === undefined || end === start) return undefined;
      push(kind, start, end);
    } else if (c === '_') {
      if (prev > Kind.SuffixNumber) return undefined;
      const end = span(version, pos + 1, isLower);
      const weight = suffixWeight(version.slice(pos + 1, end));
      if (weight < 0) return undefined;
      push(Kind.Suffix, pos + 1, end, weight);
    } else if (c === '~') {
      if (prev >= Kind.CommitHash) return undefined;
      const end = span(version, pos + 1, isHex);
      if (end === pos + 1) return undefined;
      push(Kind.CommitHash, pos + 1, end);
    } else if (c === '-') {
      if (prev >= Kind.Revision || version[pos + 1] !== 'r') return undefined;
      const end = span(version, pos + 2, isDigit);
      if (end === pos + 2) return undefined;
      push(Kind.Revision, pos + 2, end);
    } else {
      return undefined;
    }
  }
  tokens.push({ kind: Kind.End, value: '', suffix: -1 });
  return tokens;
}
