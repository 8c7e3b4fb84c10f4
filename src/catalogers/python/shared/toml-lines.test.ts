import { describe, expect, it } from 'vitest';
import { arrayTableKeyLines, scanTomlLines } from './toml-lines.js';

describe('scanTomlLines', () => {
  const text = [
    '[[package]]', // 1
    'other = "x" # name = "no"', // 2
    'name = "first"', // 3
    'description = """', // 4
    'name = "in a string"', // 5
    '[[package]]', // 6
    '"""', // 7
    '[package.tool]', // 8
    'name = "tool"', // 9
    '[[package]]', // 10
    'deps = [', // 11
    '  ["nested"],', // 12
    '  { name = "x" },', // 13
    ']', // 14
    "'name' = 'third'", // 15
    '[[package.wheels]]', // 16
    'name = "wheel"', // 17
    '[[ package ]]', // 18
    'version = "1"', // 19
  ].join('\n');

  it('finds each [[package]] entry’s name line, ignoring strings, sub-tables and nested arrays', () => {
    expect(arrayTableKeyLines(scanTomlLines(text), 'package', 'name')).toEqual([3, 15, 18]);
  });

  it('decodes one-line strings and reads quoted and dotted keys', () => {
    const lines = scanTomlLines('a."b c" = ["x\\"y", \'lit\\n\']\nk = "\\u00e9"');
    expect(lines).toEqual([
      { line: 1, key: 'a.b c', strings: ['x"y', 'lit\\n'] },
      { line: 2, key: 'k', strings: ['é'] },
    ]);
  });

  it('is linear on a 1 MB line', () => {
    expect(scanTomlLines(`x = "${'a'.repeat(1 << 20)}`)[0]!.key).toBe('x');
    expect(scanTomlLines('['.repeat(1 << 20))).toHaveLength(1);
  });
});
