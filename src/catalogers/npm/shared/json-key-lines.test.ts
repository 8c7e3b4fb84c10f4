import { describe, expect, it } from 'vitest';
import { jsonKeyLines, keyPath } from './json-key-lines.js';

const underPackages = (path: readonly string[]) => path.length === 1 && path[0] === 'packages';

describe('jsonKeyLines', () => {
  it('gives the line of each key of the selected objects only', () => {
    const text = ['{', '  "packages": {', '    "": { "dependencies": { "a": "1" } },', '    "node_modules/a": {', '      "version": "1.0.0"', '    }', '  }', '}'].join('\n');
    const lines = jsonKeyLines(text, underPackages);
    expect(lines.get(keyPath(['packages'], ''))).toBe(3);
    expect(lines.get(keyPath(['packages'], 'node_modules/a'))).toBe(4);
    expect(lines.size).toBe(2);
  });

  it('is not fooled by quotes, braces and colons inside strings', () => {
    const text = '{"packages": {\n"x": {"note": "a \\"}{\\" : [\\\\", "y": 1},\n"node_modules/\\"odd\\"": {}\n}}';
    const lines = jsonKeyLines(text, underPackages);
    expect(lines.get(keyPath(['packages'], 'x'))).toBe(2);
    expect(lines.get(keyPath(['packages'], 'node_modules/"odd"'))).toBe(3);
    expect(lines.size).toBe(2);
  });

  it('tracks paths through arrays and nested objects', () => {
    const text = '{"a": [{"b": {"k": 1}}, {"b": {"k": 2,\n"m": 3}}]}';
    const lines = jsonKeyLines(text, (p) => p.join('/') === 'a/[]/b');
    expect(lines.get(keyPath(['a', '[]', 'b'], 'k'))).toBe(1);
    expect(lines.get(keyPath(['a', '[]', 'b'], 'm'))).toBe(2);
  });

  it('reads a minified single line and lets the last duplicate key win', () => {
    const text = JSON.stringify({ packages: { a: {}, b: {} } }) + '\n';
    expect(jsonKeyLines(text, underPackages).get(keyPath(['packages'], 'b'))).toBe(1);
    const dup = '{"packages": {\n"a": 1,\n"a": 2}}';
    expect(jsonKeyLines(dup, underPackages).get(keyPath(['packages'], 'a'))).toBe(3);
  });
});
