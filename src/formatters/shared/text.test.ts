import { describe, expect, it } from 'vitest';
import { plural, sanitizeInline, truncate } from './text.js';

describe('sanitizeInline', () => {
  it('folds whitespace and newlines into single spaces', () => {
    expect(sanitizeInline('  a\n\tb\r\n  c ')).toBe('a b c');
  });

  it('shows escape sequences, C1 and bidi controls as visible escapes', () => {
    expect(sanitizeInline('x\u001b[31my')).toBe('x\\x1b[31my');
    expect(sanitizeInline('x\u009by\u0000')).toBe('x\\x9by\\x00');
    expect(sanitizeInline('admin\u202e\u2066txt')).toBe('admin\\u202e\\u2066txt');
  });

  it('keeps ordinary Unicode', () => {
    expect(sanitizeInline('café → ✓ 日本')).toBe('café → ✓ 日本');
  });
});

describe('truncate', () => {
  it('leaves short text alone and cuts long text with an ellipsis to the exact width', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(Array.from(truncate('x'.repeat(500), 100))).toHaveLength(100);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
  });
});

describe('plural', () => {
  it('picks the singular for one', () => {
    expect(plural(1, 'file')).toBe('1 file');
    expect(plural(3, 'file')).toBe('3 files');
    expect(plural(0, 'finding')).toBe('0 findings');
  });
});
