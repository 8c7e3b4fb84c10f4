import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-position.js';

describe('jsonErrorOffset', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, null, "x\\u00e9\\n"], "b": {}} ', '"s"', '0']) {
      expect(jsonErrorOffset(text), text).toBeUndefined();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('points at the first bad character', () => {
    expect(jsonErrorOffset('{"a": [,]}')).toBe(7);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset('')).toBe(0);
    expect(jsonErrorOffset('"\\q"')).toBe(2);
  });

  it('does not recurse on deep nesting', () => {
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
  });
});
