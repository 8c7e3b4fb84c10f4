import { InvalidVersionError, type VersionScheme } from '../types.js';
import { comparePep440 } from './compare.js';
import { parsePep440, type Pep440Version } from './parse.js';

function parse(version: string): Pep440Version {
  const parsed = parsePep440(version);
  if (!parsed) throw new InvalidVersionError('pep440', version);
  return parsed;
}

/** PyPI: PEP 440 versions, ordered as pip and `packaging` order them. Legacy (non-PEP 440) versions are invalid. */
export const pep440Scheme = {
  meta: {
    id: 'pep440',
    version: '1.0.0',
    summary: 'PEP 440: epochs, pre/post/dev releases with every spelling, local versions, normalization',
  },
  ecosystems: ['PyPI'],
  isValid: (version: string): boolean => parsePep440(version) !== undefined,
  compare: (a: string, b: string): number => comparePep440(parse(a), parse(b)),
} satisfies VersionScheme;
