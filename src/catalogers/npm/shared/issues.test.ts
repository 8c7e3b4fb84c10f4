import { describe, expect, it } from 'vitest';
import { describeJsonError, looksBinary } from './issues.js';

describe('issue messages', () => {
  it('locate a JSON error without quoting the text', () => {
    const secret = 'ghp_0123456789abcdefghijklmnopqrstuvwxyz';
    const message = describeJsonError(`{\n  "token": ${secret}\n}`);
    expect(message).toMatch(/^not valid JSON \(\w+ at line 2, column \d+\)$/);
    expect(message).not.toContain('ghp_');
    expect(describeJsonError('{"a": 1,}')).toContain('line 1');
    expect(describeJsonError('{"a": 1} // note')).toContain('InvalidCommentToken');
  });

  it('spot binary text', () => {
    expect(looksBinary('PK\u0003\u0004\u0000\u0000')).toBe(true);
    expect(looksBinary('\uFFFD'.repeat(50) + 'x'.repeat(100))).toBe(true);
    expect(looksBinary('# yarn lockfile v1\n')).toBe(false);
  });
});
