import { describe, expect, it } from 'vitest';
import { charClassCount, shannonEntropy } from './entropy.js';

describe('shannonEntropy', () => {
  it('is 0 for empty and single-symbol strings', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaaaaaa')).toBe(0);
  });

  it('is log2 of the alphabet for uniform strings', () => {
    expect(shannonEntropy('ab')).toBeCloseTo(1);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
    expect(shannonEntropy('0123456789abcdef')).toBeCloseTo(4);
  });

  it('separates random keys from words', () => {
    expect(shannonEntropy('q0Eu2uKcDVWdhzMpMrX3J2xZJxGp/0QiUQF4XCW4')).toBeGreaterThan(4.5);
    expect(shannonEntropy('password')).toBeLessThan(3);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(shannonEntropy('😀😀')).toBe(0);
  });
});

describe('charClassCount', () => {
  it('counts lowercase, uppercase and digits', () => {
    expect(charClassCount('abc')).toBe(1);
    expect(charClassCount('abC')).toBe(2);
    expect(charClassCount('aB3')).toBe(3);
    expect(charClassCount('!@#$')).toBe(0);
  });
});
