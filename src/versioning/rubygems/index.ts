import { InvalidVersionError, type VersionScheme } from '../types.js';
import { compareGemSegments, parseGemVersion } from './gem-version.js';

function parse(version: string): readonly string[] {
  const parsed = parseGemVersion(version);
  if (!parsed) throw new InvalidVersionError('rubygems', version);
  return parsed;
}

/** RubyGems: Gem::Version ordering (`1.0.a` < `1.0`, `1.0` = `1.0.0`, `1.0-x` = `1.0.pre.x`). */
export const rubygemsScheme = {
  meta: {
    id: 'rubygems',
    version: '1.0.0',
    summary: 'Gem::Version: dot and letter/digit segments, any letter a pre-release, trailing zeros ignored',
  },
  ecosystems: ['RubyGems'],
  isValid: (version: string): boolean => parseGemVersion(version) !== undefined,
  compare: (a: string, b: string): number => compareGemSegments(parse(a), parse(b)),
} satisfies VersionScheme;
