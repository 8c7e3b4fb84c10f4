import { describe, expect, it } from 'vitest';
import { expandWord, mapScope, type VarValue } from './expand.js';

const vars = new Map<string, VarValue>([
  ['NAME', { value: 'app' }],
  ['EMPTY', { value: '' }],
  ['LATER', {}], // an ARG without default: only known at build time
]);
const scope = mapScope(vars);
const x = (word: string, escape: '\\' | '`' = '\\') => expandWord(word, scope, escape);

describe('expandWord', () => {
  it.each([
    ['$NAME', 'app'],
    ['${NAME}', 'app'],
    ['/srv/${NAME}/data', '/srv/app/data'],
    ['$NAME-suffix', 'app-suffix'],
    ['${MISSING}', ''],
    ['${MISSING:-fallback}', 'fallback'],
    ['${EMPTY:-fallback}', 'fallback'],
    ['${EMPTY-fallback}', ''],
    ['${MISSING-fallback}', 'fallback'],
    ['${NAME:-fallback}', 'app'],
    ['${NAME:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${MISSING:+alt}', ''],
    ['${MISSING:-${NAME}-default}', 'app-default'],
    ['\\$NAME', '$NAME'],
    ['"$NAME is quoted"', 'app is quoted'],
    ["'$NAME stays'", '$NAME stays'],
    ['"say \\"hi\\""', 'say "hi"'],
    ['a\\ b', 'a b'],
    ['price: $5', 'price: $5'],
    ['trailing $', 'trailing $'],
    ['${UNCLOSED', '${UNCLOSED'],
  ])('%s → %s', (word, expected) => {
    expect(x(word).value).toBe(expected);
  });

  it('reports variables whose value is only known at build time', () => {
    expect(x('node:${LATER}')).toEqual({ value: 'node:', unresolved: ['LATER'] });
    expect(x('${LATER:-20}')).toEqual({ value: '20', unresolved: ['LATER'] });
    expect(x('${MISSING:-20}').unresolved).toEqual([]);
  });

  it('uses the backtick as escape character when the escape directive says so', () => {
    expect(x('C:\\app\\$NAME', '`').value).toBe('C:\\app\\app');
    expect(x('`$NAME', '`').value).toBe('$NAME');
  });

  it('survives absurdly deep nesting without blowing the stack', () => {
    const deep = `${'${A:-'.repeat(20_000)}x${'}'.repeat(20_000)}`;
    expect(() => x(deep)).not.toThrow();
  });
});
