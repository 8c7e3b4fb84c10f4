/**
 * Finds the first JSON syntax error and its offset. JSON.parse cannot be used for this: some of its
 * messages carry no position, and some quote the source around the error, which may be a secret.
 * Iterative (an explicit stack), so hostile nesting cannot overflow the call stack.
 */

export interface JsonSyntaxError {
  /** 0-based offset of the offending character (the text's length for an early end). */
  offset: number;
  /** Says what was wrong, never quoting the source. */
  message: string;
}

type Expect = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end' | 'done';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

class Failure extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Offset just past the string that starts at `start` (a `"`). */
function skipString(text: string, start: number): number {
  let j = start + 1;
  while (j < text.length) {
    const ch = text.charCodeAt(j);
    if (ch === 0x22) return j + 1;
    if (ch === 0x5c) {
      const next = text[j + 1];
      if (next !== undefined && SIMPLE_ESCAPES.has(next)) j += 2;
      else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) j += 6;
      else throw new Failure(j, 'invalid escape sequence in a string');
      continue;
    }
    if (ch < 0x20) throw new Failure(j, 'control character (such as a raw line break) inside a string');
    j += 1;
  }
  throw new Failure(text.length, 'unterminated string');
}

/** Offset just past the scalar (number or literal) at `i`. */
function skipScalar(text: string, i: number): number {
  NUMBER.lastIndex = i;
  if (NUMBER.exec(text)) return NUMBER.lastIndex;
  const literal = LITERALS.find((l) => text.startsWith(l, i));
  if (literal) return i + literal.length;
  throw new Failure(i, 'unexpected character where a value was expected');
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

export function findJsonError(text: string): JsonSyntaxError | undefined {
  const stack: string[] = [];
  const afterValue = (): Expect => (stack.length === 0 ? 'done' : 'comma-or-end');
  let expect: Expect = 'value';
  let i = 0;
  try {
    for (;;) {
      while (isSpace(text[i])) i += 1;
      const c = text[i];
      if (c === undefined) {
        if (expect === 'done') return undefined;
        throw new Failure(text.length, 'unexpected end of input');
      }
      const top = stack[stack.length - 1];
      if (expect === 'done') throw new Failure(i, 'unexpected content after the end of the document');
      if (expect === 'colon') {
        if (c !== ':') throw new Failure(i, "expected ':' after a property name");
        i += 1;
        expect = 'value';
      } else if (expect === 'comma-or-end') {
        if (c === ',') {
          i += 1;
          expect = top === '{' ? 'key' : 'value';
        } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
          stack.pop();
          i += 1;
          expect = afterValue();
        } else {
          throw new Failure(i, `expected ',' or '${top === '{' ? '}' : ']'}'`);
        }
      } else if (expect === 'key' || expect === 'key-or-end') {
        if (c === '}' && expect === 'key-or-end') {
          stack.pop();
          i += 1;
          expect = afterValue();
        } else if (c === '"') {
          i = skipString(text, i);
          expect = 'colon';
        } else {
          throw new Failure(i, 'expected a double-quoted property name');
        }
      } else if (c === ']' && expect === 'value-or-end') {
        stack.pop();
        i += 1;
        expect = afterValue();
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i += 1;
        expect = c === '{' ? 'key-or-end' : 'value-or-end';
      } else {
        i = c === '"' ? skipString(text, i) : skipScalar(text, i);
        expect = afterValue();
      }
    }
  } catch (err) {
    if (err instanceof Failure) return { offset: err.offset, message: err.message };
    throw err;
  }
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < text.length; k += 1) if (text.charCodeAt(k) === 0x0a) line += 1;
  return line;
}
