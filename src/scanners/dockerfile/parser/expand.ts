import type { EscapeChar } from './types.js';

/** A variable in scope. `value` is undefined for an ARG declared without default: known only at build time. */
export interface VarValue {
  value?: string;
}

export interface Scope {
  get(name: string): VarValue | undefined;
}

export interface Expansion {
  value: string;
  /** Names whose value is only known at build time. */
  unresolved: string[];
}

const NAME_START = /[A-Za-z_]/;
/** Deeper `${a:-${b:-…}}` nesting than this is left unexpanded: no real Dockerfile needs it. */
const MAX_DEPTH = 32;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}` and removes
 * quotes, like Docker's shell lexer for the instructions it expands. Single quotes and an escaped `$` keep
 * the text literal.
 */
export function expandWord(word: string, scope: Scope, escape: EscapeChar): Expansion {
  const unresolved = new Set<string>();
  const value = new Expander(scope, escape, unresolved).run(word);
  return { value, unresolved: [...unresolved] };
}

class Expander {
  constructor(
    private readonly scope: Scope,
    private readonly escape: EscapeChar,
    private readonly unresolved: Set<string>,
  ) {}

  private depth = 0;

  run(word: string): string {
    if (this.depth > MAX_DEPTH) return word;
    let out = '';
    let i = 0;
    while (i < word.length) {
      const ch = word[i]!;
      if (ch === this.escape && i + 1 < word.length) {
        out += word[i + 1];
        i += 2;
      } else if (ch === "'") {
        const end = word.indexOf("'", i + 1);
        const stop = end === -1 ? word.length : end;
        out += word.slice(i + 1, stop);
        i = stop + 1;
      } else if (ch === '"') {
        i = this.doubleQuoted(word, i + 1, (s) => (out += s));
      } else if (ch === '$') {
        const [text, next] = this.variable(word, i);
        out += text;
        i = next;
      } else {
        out += ch;
        i++;
      }
    }
    return out;
  }

  /** Reads from after an opening `"` to after the closing one; returns the next index. */
  private doubleQuoted(word: string, from: number, emit: (s: string) => void): number {
    let i = from;
    while (i < word.length && word[i] !== '"') {
      const ch = word[i]!;
      const next = word[i + 1];
      if (ch === this.escape && next !== undefined && (next === '"' || next === '$' || next === this.escape)) {
        emit(next);
        i += 2;
      } else if (ch === '$') {
        const [text, after] = this.variable(word, i);
        emit(text);
        i = after;
      } else {
        emit(ch);
        i++;
      }
    }
    return i + 1;
  }

  /** `word[at]` is `$`. Returns the substituted text and the index after the reference. */
  private variable(word: string, at: number): [string, number] {
    const next = word[at + 1];
    if (next === '{') {
      const close = matchingBrace(word, at + 2);
      if (close === -1) return ['$', at + 1];
      return [this.braced(word.slice(at + 2, close)), close + 1];
    }
    if (next !== undefined && NAME_START.test(next)) {
      const name = NAME.exec(word.slice(at + 1))![0];
      return [this.lookup(name).value ?? '', at + 1 + name.length];
    }
    return ['$', at + 1];
  }

  private braced(body: string): string {
    const name = NAME.exec(body)?.[0];
    if (!name) return '';
    const { value, set } = this.lookup(name);
    const rest = body.slice(name.length);
    const mod = /^(:?[-+?])/.exec(rest)?.[1];
    if (!mod) return value ?? '';
    const operand = () => {
      this.depth++;
      try {
        return this.run(rest.slice(mod.length));
      } finally {
        this.depth--;
      }
    };
    const nonEmpty = set && value !== '';
    switch (mod) {
      case ':-':
        return nonEmpty ? value! : operand();
      case '-':
        return set ? value! : operand();
      case ':+':
        return nonEmpty ? operand() : '';
      case '+':
        return set ? operand() : '';
      default:
        return value ?? '';
    }
  }

  private lookup(name: string): { value: string | undefined; set: boolean } {
    const v = this.scope.get(name);
    if (v === undefined) return { value: undefined, set: false };
    if (v.value === undefined) {
      this.unresolved.add(name);
      return { value: undefined, set: false };
    }
    return { value: v.value, set: true };
  }
}

function matchingBrace(word: string, from: number): number {
  let depth = 1;
  for (let i = from; i < word.length; i++) {
    if (word[i] === '{') depth++;
    else if (word[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** A scope built from plain maps, innermost first. */
export function mapScope(...maps: ReadonlyMap<string, VarValue>[]): Scope {
  return {
    get(name) {
      for (const m of maps) {
        const v = m.get(name);
        if (v !== undefined) return v;
      }
      return undefined;
    },
  };
}
