import type { EscapeChar } from './types.js';

/**
 * Splits instruction arguments on unquoted whitespace. Quotes and escapes are kept in the words: removing
 * them is the expander's job, because a quoted `$` must not be expanded differently than Docker would.
 */
export function splitWords(text: string, escape: EscapeChar): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      word += ch;
      if (ch === escape && quote === '"' && i + 1 < text.length) word += text[++i];
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    word += ch;
    if (ch === escape && i + 1 < text.length) word += text[++i];
    else if (ch === '"' || ch === "'") quote = ch;
  }
  if (inWord) words.push(word);
  return words;
}

export interface JsonArgs {
  ok: boolean;
  values: string[];
}

/** Exec form: a JSON array of strings. `ok` is false when the text starts like one but is not valid. */
export function parseJsonArray(text: string): JsonArgs | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) return { ok: true, values: parsed };
  } catch {
    // fall through: Docker runs such text as a shell-form command
  }
  return { ok: false, values: [] };
}

export interface BuilderFlags {
  flags: { name: string; value?: string; raw: string }[];
  rest: string;
}

/** Leading `--name[=value]` words, as BuildKit extracts them before any instruction is parsed. */
export function extractFlags(text: string, escape: EscapeChar): BuilderFlags {
  const flags: BuilderFlags['flags'] = [];
  let rest = text.trimStart();
  for (;;) {
    if (!rest.startsWith('--')) break;
    const word = splitWords(rest, escape)[0] ?? '';
    rest = rest.slice(word.length).trimStart();
    if (word === '--') break;
    const body = word.slice(2);
    const eq = body.indexOf('=');
    if (eq === -1) flags.push({ name: body.toLowerCase(), raw: word });
    else flags.push({ name: body.slice(0, eq).toLowerCase(), value: unquote(body.slice(eq + 1), escape), raw: word });
  }
  return { flags, rest };
}

/** Removes shell quotes and escapes without expanding anything. */
export function unquote(word: string, escape: EscapeChar): string {
  let out = '';
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else out += ch;
    } else if (ch === escape && i + 1 < word.length) {
      out += word[++i];
    } else if (ch === '"' || (ch === "'" && !quote)) {
      quote = quote === '"' ? undefined : ch;
    } else {
      out += ch;
    }
  }
  return out;
}
