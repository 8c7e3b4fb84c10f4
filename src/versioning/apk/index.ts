import { InvalidVersionError, type VersionScheme } from '../types.js';
import { compareTokens } from './compare.js';
import { tokenize, type Token } from './tokens.js';

function tokensOrThrow(version: string): Token[] {
  const tokens = tokenize(version);
  if (!tokens) throw new InvalidVersionError('apk', version);
  return tokens;
}

/** apk version -t: digits, one letter, _suffixes, ~commit hash, -r revision. */
export function compareApkVersions(a: string, b: string): number {
  return compareTokens(tokensOrThrow(a), tokensOrThrow(b));
}

export const apkScheme = {
  meta: {
    id: 'apk',
    version: '1.0.0',
    summary: 'Alpine apk package versions (1.2.3b_rc1~hash-r0) ordered as apk-tools orders them',
  },
  ecosystems: ['Alpine', 'Alpaquita', 'Chainguard', 'MinimOS', 'Wolfi'],
  isValid: (version: string): boolean => tokenize(version) !== undefined,
  compare: compareApkVersions,
} satisfies VersionScheme;
