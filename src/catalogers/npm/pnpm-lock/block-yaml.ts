/**
 * The YAML subset pnpm writes, read line by line: block mappings two spaces deep, quoted or plain
 * keys, scalar values, one-line flow collections, block sequences of scalars. No anchors, aliases,
 * tags or complex keys are interpreted (pnpm writes none), so alias bombs and the general YAML
 * parser's pathological cases (deep flow nesting, `? ` chains) cannot cost more than one linear pass.
 * Every scalar stays a string: `1.10` is a version, never the number 1.1.
 */

export interface BlockDocument {
  data: Record<string, unknown>;
  /** Line of each key of the top-level `packages` mapping. */
  packageLines: Map<string, number>;
}

export interface BlockParse {
  documents: BlockDocument[];
  invalidLines: number;
  firstInvalidLine?: number;
}

/** pnpm nests five levels at most (importers › path › group › name › field). */
const MAX_DEPTH = 16;
const MAX_LINE = 1 << 20;

interface Frame {
  indent: number;
  value: Record<string, unknown> | unknown[];
}

export function parseBlockYaml(text: string): BlockParse {
  const result: BlockParse = { documents: [], invalidLines: 0 };
  let doc: BlockDocument | undefined;
  let stack: Frame[] = [];
  /** A `key:` with nothing after it yet: a mapping or sequence if deeper lines follow, else ''. */
  let pending: { parent: Record<string, unknown>; key: string; indent: number } | undefined;
  /** Lines deeper than this belong to a block scalar or a multi-line plain scalar. */
  let skipDeeperThan: number | undefined;
  const invalid = (line: number) => {
    result.invalidLines++;
    result.firstInvalidLine ??= line;
  };
  const startDocument = () => {
    doc = { data: {}, packageLines: new Map() };
    result.documents.push(doc);
    stack = [{ indent: 0, value: doc.data }];
    pending = undefined;
    skipDeeperThan = undefined;
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] as string).replace(/\r$/, '');
    const lineNo = i + 1;
    if (raw === '---' || raw.startsWith('--- ')) {
      startDocument();
      continue;
    }
    const content = raw.trimStart();
    if (content === '' || content.startsWith('#') || raw === '...') continue;
    const indent = raw.length - content.length;
    if (skipDeeperThan !== undefined && indent > skipDeeperThan) continue;
    skipDeeperThan = undefined;
    if (raw.length > MAX_LINE || raw.slice(0, indent).includes('\t')) {
      invalid(lineNo);
      continue;
    }
    if (!doc) startDocument();
    if (pending) {
      if (indent > pending.indent) {
        const child = content.startsWith('- ') || content === '-' ? [] : {};
        pending.parent[pending.key] = child;
        stack.push({ indent, value: child });
      } else {
        pending.parent[pending.key] = '';
      }
      pending = undefined;
    }
    while (stack.length > 1 && indent < (stack[stack.length - 1] as Frame).indent) stack.pop();
    const frame = stack[stack.length - 1] as Frame;
    if (indent !== frame.indent || stack.length > MAX_DEPTH) {
      // Continuation lines of scalars were skipped above; a line at any other depth is not pnpm's YAML.
      invalid(lineNo);
      continue;
    }
    if (Array.isArray(frame.value)) {
      if (content.startsWith('- ') || content === '-') frame.value.push(scalar(content.slice(1).trim()));
      else invalid(lineNo);
      skipDeeperThan = indent;
      continue;
    }
    const entry = splitKey(content);
    if (!entry) {
      invalid(lineNo);
      continue;
    }
    const { key, rest } = entry;
    if (stack.length === 2 && doc && stack[0]?.value === doc.data && doc.data.packages === frame.value) doc.packageLines.set(key, lineNo);
    if (rest === '') {
      pending = { parent: frame.value, key, indent };
    } else if (/^[|>][-+0-9]*$/.test(rest)) {
      frame.value[key] = '';
      skipDeeperThan = indent;
    } else {
      frame.value[key] = scalar(rest);
      skipDeeperThan = indent;
    }
  }
  if (pending) pending.parent[pending.key] = '';
  return result;
}

/** `key: value`, `key:`, `'quoted key': value`, `"quoted": value`; plain keys end at `: ` or a final `:`. */
function splitKey(content: string): { key: string; rest: string } | undefined {
  const q = content[0];
  if (q === "'" || q === '"') {
    const end = closingQuote(content, q);
    if (end < 0 || content[end + 1] !== ':') return undefined;
    const after = content.slice(end + 2);
    if (after !== '' && !after.startsWith(' ')) return undefined;
    return { key: unquote(content.slice(0, end + 1)), rest: after.trim() };
  }
  if (content.startsWith('- ') || content.startsWith('? ') || content.startsWith('{') || content.startsWith('[')) return undefined;
  const sep = content.indexOf(': ');
  if (sep > 0) return { key: content.slice(0, sep).trimEnd(), rest: content.slice(sep + 2).trim() };
  if (content.endsWith(':') && content.length > 1) return { key: content.slice(0, -1).trimEnd(), rest: '' };
  return undefined;
}

function closingQuote(s: string, q: string): number {
  for (let i = 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') i++;
    else if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function unquote(token: string): string {
  if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
  try {
    return JSON.parse(token) as string;
  } catch {
    return token.slice(1, -1);
  }
}

/** A scalar or a one-line flow collection; `{}` is an empty mapping, other flow text stays a string. */
function scalar(rest: string): unknown {
  if (rest === '{}') return {};
  if (rest === '[]') return [];
  if ((rest.startsWith("'") || rest.startsWith('"')) && closingQuote(rest, rest[0] as string) === rest.length - 1) return unquote(rest);
  return rest;
}
