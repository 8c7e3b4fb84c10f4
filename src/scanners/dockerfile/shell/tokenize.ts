/**
 * A small POSIX-shell tokenizer: good enough to find the commands of a RUN line and their arguments,
 * not a shell. Words have quotes removed; `$(...)`, backticks and `<(...)` stay inside their word as
 * written; redirections are dropped together with their target.
 */

export type Operator = '&&' | '||' | ';;' | ';' | '|' | '&' | '\n' | '(' | ')';

export interface Token {
  kind: 'word' | 'op';
  value: string;
}

const OPERATORS: readonly Operator[] = ['&&', '||', ';;', ';', '|', '&', '\n', '(', ')'];

export function tokenize(script: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let inWord = false;
  let skipNextWord = false;
  const endWord = () => {
    if (inWord) {
      if (skipNextWord) skipNextWord = false;
      else tokens.push({ kind: 'word', value: word });
    }
    word = '';
    inWord = false;
  };
  let i = 0;
  while (i < script.length) {
    const ch = script[i]!;
    if (ch === '\\' && script[i + 1] === '\n') {
      i += 2;
    } else if (ch === '\\') {
      word += script[i + 1] ?? '';
      inWord = true;
      i += 2;
    } else if (ch === "'") {
      const end = script.indexOf("'", i + 1);
      const stop = end === -1 ? script.length : end;
      word += script.slice(i + 1, stop);
      inWord = true;
      i = stop + 1;
    } else if (ch === '"') {
      i = readDoubleQuoted(script, i + 1, (s) => (word += s));
      inWord = true;
    } else if ((ch === '$' || ch === '<') && script[i + 1] === '(') {
      const end = balanced(script, i + 1);
      word += script.slice(i, end);
      inWord = true;
      i = end;
    } else if (ch === '`') {
      const end = script.indexOf('`', i + 1);
      const stop = end === -1 ? script.length : end + 1;
      word += script.slice(i, stop);
      inWord = true;
      i = stop;
    } else if (ch === '#' && !inWord) {
      while (i < script.length && script[i] !== '\n') i++;
    } else if (ch === '<' || ch === '>') {
      // a word of digits right before is a file descriptor (`2>`), not an argument
      if (/^\d+$/.test(word)) {
        word = '';
        inWord = false;
      } else endWord();
      const m = /^(?:<<<|<<-?|<>|>>|>\||<&|>&|&>>?|<|>)(\d+|-)?/.exec(script.slice(i))!;
      i += m[0].length;
      if (m[1] === undefined) skipNextWord = true;
    } else if (ch === ' ' || ch === '\t' || ch === '\r') {
      endWord();
      i++;
    } else {
      const op = OPERATORS.find((o) => script.startsWith(o, i));
      if (op && !(op === '&' && script[i + 1] === '>')) {
        endWord();
        skipNextWord = false;
        tokens.push({ kind: 'op', value: op });
        i += op.length;
      } else if (ch === '&' && script[i + 1] === '>') {
        endWord();
        const m = /^&>>?/.exec(script.slice(i))!;
        i += m[0].length;
        skipNextWord = true;
      } else {
        word += ch;
        inWord = true;
        i++;
      }
    }
  }
  endWord();
  return tokens;
}

function readDoubleQuoted(script: string, from: number, emit: (s: string) => void): number {
  let i = from;
  while (i < script.length && script[i] !== '"') {
    const ch = script[i]!;
    if (ch === '\\' && '"\\$`\n'.includes(script[i + 1] ?? '')) {
      if (script[i + 1] !== '\n') emit(script[i + 1]!);
      i += 2;
    } else if (ch === '$' && script[i + 1] === '(') {
      const end = balanced(script, i + 1);
      emit(script.slice(i, end));
      i = end;
    } else {
      emit(ch);
      i++;
    }
  }
  return i + 1;
}

/** `script[open]` is `(`; returns the index after its matching `)`, quotes respected. */
function balanced(script: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < script.length; i++) {
    const ch = script[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return script.length;
}
