/**
 * A line-level TOML scanner that finds where things are, because the TOML parser does not say: table
 * headers, the key that starts a line, and the one-line string values on each line. It follows strings
 * (multi-line too), comments and brackets, so `name = …` inside a multi-line string or a nested array is
 * not mistaken for a key. Linear in the input; it never validates (the parser does that).
 */

export interface TomlLine {
  /** 1-based. */
  line: number;
  header?: { name: string; array: boolean };
  key?: string;
  /** One-line string literals on this line, decoded. */
  strings: string[];
}

interface State {
  depth: number;
  multiline?: '"""' | "'''";
}

export function scanTomlLines(text: string): TomlLine[] {
  const out: TomlLine[] = [];
  const state: State = { depth: 0 };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const info = scanLine(lines[n]!, n + 1, state);
    if (info.header || info.key !== undefined || info.strings.length > 0) out.push(info);
  }
  return out;
}

/**
 * For each `[[table]]` header, in order, the line of its `key = …` entry (before any other header), or
 * the header's own line when the key is not found there.
 */
export function arrayTableKeyLines(lines: readonly TomlLine[], table: string, key: string): number[] {
  const result: number[] = [];
  let awaiting = false;
  for (const l of lines) {
    if (l.header) {
      awaiting = l.header.array && l.header.name === table;
      if (awaiting) result.push(l.line);
    } else if (awaiting && l.key === key) {
      result[result.length - 1] = l.line;
      awaiting = false;
    }
  }
  return result;
}

function scanLine(line: string, lineNo: number, state: State): TomlLine {
  const info: TomlLine = { line: lineNo, strings: [] };
  let i = 0;
  if (state.multiline) {
    const end = line.indexOf(state.multiline);
    if (end < 0) return info;
    i = end + 3;
    while (line[i] === state.multiline[0]) i++; // up to two quotes may close with the delimiter
    state.multiline = undefined;
  } else if (state.depth === 0) {
    i = skipWs(line, 0);
    if (line[i] === '[') return header(line, i, info);
    i = readKey(line, i, info);
  }
  scanValue(line, i, state, info);
  return info;
}

function header(line: string, i: number, info: TomlLine): TomlLine {
  const array = line[i + 1] === '[';
  const start = i + (array ? 2 : 1);
  let j = start;
  let name = '';
  while (j < line.length && line[j] !== ']') {
    const ch = line[j]!;
    if (ch === '"' || ch === "'") {
      const s = readString(line, j);
      name += s.value;
      j = s.end;
      continue;
    }
    if (ch !== ' ' && ch !== '\t') name += ch;
    j++;
  }
  info.header = { name, array };
  return info;
}

/** Reads a bare, quoted or dotted key followed by `=`; returns where the value starts. */
function readKey(line: string, i: number, info: TomlLine): number {
  let key = '';
  let j = i;
  while (j < line.length) {
    const ch = line[j]!;
    if (ch === '"' || ch === "'") {
      const s = readString(line, j);
      key += s.value;
      j = s.end;
    } else if (/[A-Za-z0-9_-]/.test(ch)) {
      key += ch;
      j++;
    } else if (ch === '.') {
      key += '.';
      j++;
    } else if (ch === ' ' || ch === '\t') {
      j++;
    } else break;
  }
  if (line[j] === '=' && key) {
    info.key = key;
    return j + 1;
  }
  return i;
}

function scanValue(line: string, start: number, state: State, info: TomlLine): void {
  let i = start;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '#') return;
    if (ch === '"' || ch === "'") {
      const triple = ch.repeat(3);
      if (line.startsWith(triple, i)) {
        const end = line.indexOf(triple, i + 3);
        if (end < 0) {
          state.multiline = triple as State['multiline'];
          return;
        }
        i = end + 3;
        while (line[i] === ch) i++;
        continue;
      }
      const s = readString(line, i);
      info.strings.push(s.value);
      i = s.end;
      continue;
    }
    if (ch === '[' || ch === '{') state.depth++;
    else if ((ch === ']' || ch === '}') && state.depth > 0) state.depth--;
    i++;
  }
}

/** Reads a one-line basic ("…", with escapes) or literal ('…') string starting at i. */
function readString(line: string, i: number): { value: string; end: number } {
  const quote = line[i]!;
  if (quote === "'") {
    const close = line.indexOf("'", i + 1);
    return close < 0 ? { value: line.slice(i + 1), end: line.length } : { value: line.slice(i + 1, close), end: close + 1 };
  }
  let value = '';
  let chunk = i + 1;
  let j = i + 1;
  while (j < line.length && line[j] !== '"') {
    if (line[j] === '\\' && j + 1 < line.length) {
      const esc = decodeEscape(line, j);
      value += line.slice(chunk, j) + esc.text;
      j = chunk = esc.end;
      continue;
    }
    j++;
  }
  value += line.slice(chunk, j);
  return { value, end: Math.min(j + 1, line.length) };
}

const SIMPLE_ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };

function decodeEscape(line: string, j: number): { text: string; end: number } {
  const c = line[j + 1]!;
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return { text: simple, end: j + 2 };
  const width = c === 'u' ? 4 : c === 'U' ? 8 : c === 'x' ? 2 : 0;
  const hex = line.slice(j + 2, j + 2 + width);
  if (width && /^[0-9A-Fa-f]+$/.test(hex) && hex.length === width) {
    const cp = parseInt(hex, 16);
    if (cp <= 0x10ffff) return { text: String.fromCodePoint(cp), end: j + 2 + width };
  }
  return { text: c, end: j + 2 };
}

function skipWs(line: string, i: number): number {
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}
