import { describe, expect, it } from 'vitest';
import { parseYamlData } from './yaml-data.js';

describe('parseYamlData', () => {
  it('parses ordinary data', () => {
    expect(parseYamlData('a: 1\nb: [x, y]\n')).toEqual({ a: 1, b: ['x', 'y'] });
  });

  it('refuses nested complex keys quickly instead of hanging (a known blow-up of the converter)', () => {
    expect(() => parseYamlData('? [a]: b\n')).toThrow(/complex keys/);
  });

  it('refuses nesting deep enough to exhaust the parser, before parsing', () => {
    for (const bomb of ['? '.repeat(20_000), '['.repeat(50_000), '- '.repeat(50_000), '{a: '.repeat(20_000)]) {
      expect(() => parseYamlData(bomb)).toThrow(/nested more than 64 levels/);
    }
    const deepBlock = Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(() => parseYamlData(deepBlock)).toThrow(/indented more than 400 columns/);
    expect(parseYamlData('a: "[[[[ not nesting"\nb: \'{{{{\' # [[[[\nc: x - y\n')).toEqual({ a: '[[[[ not nesting', b: '{{{{', c: 'x - y' });
    expect(() => parseYamlData('? [a, b]\n: c\n')).toThrow(/complex keys/);
  });

  it('bounds alias expansion and reports syntax errors with their line', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    expect(() => parseYamlData(bomb)).toThrow(/alias/i);
    expect(() => parseYamlData('a: [1\nb: 2\n')).toThrow(/not valid YAML/);
  });
});
