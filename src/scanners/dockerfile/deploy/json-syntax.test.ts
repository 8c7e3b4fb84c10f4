import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../../../core/paths.js';
import { findJsonError, lineAt } from './json-syntax.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const CASES = [
  '{}', '[]', '0', '-0', '1.5e10', '-1.25E-3', '"s"', 'true', 'false', 'null', ' \n\t\r{ "a" : [ 1 , 2 ] } \n',
  '{"a":{"b":[{"c":null}]}}', '"\\u00e9\\n\\"\\\\\\/"', '[1,[2,[3,[4]]]]', '{"a":1,"a":2}',
  '', ' ', '{', '}', '[', ']', '{,}', '[,]', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', "{'a':1}", '[01]', '[1.]', '[.5]',
  '[-]', '[+1]', '[1e]', '[tru]', '[nul]', '[True]', '"\\x41"', '"\\u12"', '"a\nb"', '"open', '{"a":1}}', '{"a":1} x',
  '[1 2]', '{"a":1 "b":2}', '[NaN]', '[Infinity]', '//c\n{}', '{"a":[}', '{"a":]}',
];

describe('findJsonError', () => {
  it.each(CASES)('agrees with JSON.parse on %j', (text) => {
    expect(findJsonError(text) === undefined).toBe(parses(text));
  });

  it('agrees with JSON.parse on every JSON fixture and on each of their truncations', () => {
    const dir = fromPackageRoot('rules', 'ecs');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      expect(findJsonError(text), name).toBeUndefined();
      for (let cut = 0; cut < text.length; cut += 7) {
        const part = text.slice(0, cut);
        expect(findJsonError(part) === undefined, `${name} cut at ${cut}`).toBe(parses(part));
      }
    }
  });

  it('points at the offending character', () => {
    const text = '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}';
    const err = findJsonError(text);
    expect(err?.message).toBe("expected ',' or '}'");
    expect(err && lineAt(text, err.offset)).toBe(4);
    expect(findJsonError('{"a": "x')).toEqual({ offset: 8, message: 'unterminated string' });
  });

  it('never quotes the source, unlike JSON.parse', () => {
    const text = '{"password": hunter2hunter2}';
    expect(() => JSON.parse(text)).toThrow(/hunter2/);
    expect(findJsonError(text)?.message).not.toMatch(/hunter2/);
  });

  it('survives hostile nesting', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(findJsonError(deep)).toBeUndefined();
    expect(findJsonError('['.repeat(200_000))?.message).toBe('unexpected end of input');
  });
});
