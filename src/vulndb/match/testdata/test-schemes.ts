import { InvalidVersionError, type VersionScheme } from '../../../versioning/types.js';

const DOTTED = /^\d+(\.\d+)*$/;

/** Dotted numbers compared component by component, missing components as 0 (`1.0` = `1.0.0`). Tests only. */
export const dottedScheme: VersionScheme = {
  meta: { id: 'dotted', version: '0.0.0', summary: 'test scheme: dotted numbers' },
  ecosystems: ['Test'],
  isValid: (v) => DOTTED.test(v),
  compare(a, b) {
    for (const v of [a, b]) if (!DOTTED.test(v)) throw new InvalidVersionError('dotted', v);
    const x = a.split('.').map(Number);
    const y = b.split('.').map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const d = (x[i] ?? 0) - (y[i] ?? 0);
      if (d !== 0) return Math.sign(d);
    }
    return 0;
  },
};

/**
 * Plain string order (`10.0.0` < `9.0.0`): deliberately unlike SemVer, so a test can tell which order a
 * range was evaluated with. Tests only.
 */
export const lexicalScheme: VersionScheme = {
  meta: { id: 'lexical', version: '0.0.0', summary: 'test scheme: string order' },
  ecosystems: ['Lexical'],
  isValid: (v) => v.length > 0 && !/\s/.test(v),
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
};
