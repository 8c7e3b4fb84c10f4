import { scanTomlLines } from '../shared/toml-lines.js';

/**
 * Where declarations sit in a pyproject.toml: `key =` lines and one-line string values, each under the
 * table header above it. Built in one pass; a string used twice in a table is found once per use.
 */
export class DeclarationLines {
  private readonly keys = new Map<string, number>();
  private readonly strings = new Map<string, number[]>();

  constructor(text: string) {
    let table = '';
    for (const l of scanTomlLines(text)) {
      if (l.header) {
        table = l.header.name;
        continue;
      }
      if (l.key !== undefined && !this.keys.has(`${table}\0${l.key}`)) this.keys.set(`${table}\0${l.key}`, l.line);
      for (const s of l.strings) {
        const key = `${table}\0${s}`;
        const lines = this.strings.get(key);
        if (lines) lines.push(l.line);
        else this.strings.set(key, [l.line]);
      }
    }
  }

  /** The line of `key = …` directly under `[table]`. */
  keyLine(table: string, key: string): number | undefined {
    return this.keys.get(`${table}\0${key}`);
  }

  /** The next unused line holding the string `value` under `[table]` or, for inline tables, a parent. */
  takeStringLine(table: string, value: string): number | undefined {
    for (let t: string | undefined = table; t !== undefined; t = parent(t)) {
      const lines = this.strings.get(`${t}\0${value}`);
      if (lines?.length) return lines.length > 1 ? lines.shift() : lines[0];
    }
    return undefined;
  }
}

function parent(table: string): string | undefined {
  if (table === '') return undefined;
  const dot = table.lastIndexOf('.');
  return dot < 0 ? '' : table.slice(0, dot);
}
