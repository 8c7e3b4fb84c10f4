import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintAll } from './fingerprint.js';

describe('fingerprints', () => {
  const base = { ruleId: 'r', identity: 'src/app.py', content: 'eval(x)' };

  it('ignores whitespace changes but not content, rule or file changes', () => {
    expect(fingerprint(base)).toBe(fingerprint({ ...base, content: '  eval(x)\t' }));
    expect(fingerprint(base)).not.toBe(fingerprint({ ...base, content: 'eval(y)' }));
    expect(fingerprint(base)).not.toBe(fingerprint({ ...base, ruleId: 'other' }));
    expect(fingerprint(base)).not.toBe(fingerprint({ ...base, identity: 'src/other.py' }));
  });

  it('is a fixed value across machines and runs', () => {
    expect(fingerprint(base)).toBe('9ebf2b3b896a36a351dd5f7853d5e6c9');
  });

  it('numbers identical matches in one file by order, so each stays distinct', () => {
    const prints = fingerprintAll([base, base, { ...base, content: 'other' }], (x) => x);
    expect(new Set(prints).size).toBe(3);
    expect(prints[0]).toBe(fingerprint(base));
  });
});
