import { describe, expect, it } from 'vitest';
import { lineIndex } from './line-index.js';

describe('lineIndex', () => {
  it('maps offsets to lines', () => {
    const at = lineIndex('a\nbc\n\nd');
    expect([0, 1, 2, 4, 5, 6].map(at)).toEqual([1, 1, 2, 2, 3, 4]);
  });
});
