import type { EdgeKind } from '../shared/scope-graph.js';

/** One block of a yarn.lock: the descriptors of its header line and the fields below it. */
export interface YarnEntry {
  descriptors: string[];
  line: number;
  fields: Map<string, string>;
  dependencies: { name: string; spec: string; kind: EdgeKind }[];
}

export interface YarnLock {
  /** Berry (yarn 2+) writes YAML with a `__metadata` block; classic (v1) writes its own format. */
  berry: boolean;
  entries: YarnEntry[];
  /** Lines that are neither comments, headers, fields nor dependency lists. */
  invalidLines: number;
  firstInvalidLine?: number;
}

const SECTIONS: Record<string, EdgeKind> = {
  dependencies: 'prod',
  optionalDependencies: 'optional',
  peerDependencies: 'peer',
};

// Quoted strings are matched unrolled ("[^"\\]*(?:\\.[^"\\]*)*"): an alternation inside a star would
// overflow the regex backtracking stack on a hostile multi-megabyte line.
const FIELD = /^("[^"\\]*(?:\\.[^"\\]*)*"|'[^']*'|[^\s:"']+)(:?)(?:\s+(.*))?$/;
const DESCRIPTOR = /\s*("[^"\\]*(?:\\.[^"\\]*)*"|[^,]+?)\s*(?:,|$)/g;
/** Longer lines are not yarn.lock syntax (the longest real ones are headers with many ranges). */
const MAX_LINE = 1 << 20;

/**
 * Reads both yarn.lock dialects line by line: a header at indent 0 (`a@^1, "b@npm:^2":`), fields at
 * indent 2 (`version "1.0.0"` or `version: 1.0.0`), dependency lists at indent 4. Deeper lines
 * (berry's dependenciesMeta …) are skipped. Linear in the text; nothing recursive.
 */
export function parseYarnLock(text: string): YarnLock {
  const lock: YarnLock = { berry: false, entries: [], invalidLines: 0 };
  let entry: YarnEntry | undefined;
  let inMetadata = false;
  let section: EdgeKind | undefined;
  let sectionOpen = false;
  const invalid = (line: number) => {
    lock.invalidLines++;
    lock.firstInvalidLine ??= line;
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] as string).replace(/\r$/, '');
    const content = raw.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const indent = raw.length - content.length;
    const lineNo = i + 1;
    if (raw.length > MAX_LINE) {
      invalid(lineNo);
      if (indent === 0) entry = undefined;
      continue;
    }
    if (indent === 0) {
      sectionOpen = false;
      entry = undefined;
      inMetadata = false;
      if (!content.endsWith(':')) {
        invalid(lineNo);
        continue;
      }
      const header = content.slice(0, -1).trim();
      if (header === '__metadata') {
        lock.berry = true;
        inMetadata = true;
        continue;
      }
      const descriptors = splitHeader(header);
      if (descriptors.length === 0) {
        invalid(lineNo);
        continue;
      }
      entry = { descriptors, line: lineNo, fields: new Map(), dependencies: [] };
      lock.entries.push(entry);
    } else if (indent === 2) {
      sectionOpen = false;
      if (inMetadata) continue;
      const field = parseField(content);
      if (!entry || !field) {
        invalid(lineNo);
        continue;
      }
      if (field.value === undefined) {
        section = SECTIONS[field.key];
        sectionOpen = true;
      } else {
        entry.fields.set(field.key, field.value);
      }
    } else if (indent === 4 && sectionOpen && entry) {
      if (!section) continue;
      const dep = parseField(content);
      if (dep?.value !== undefined) entry.dependencies.push({ name: dep.key, spec: dep.value, kind: section });
    } else if (!entry && !inMetadata) {
      invalid(lineNo);
    }
  }
  return lock;
}

/** Classic quotes each descriptor (`"a@^1", a@^2`); berry quotes the whole list (`"a@npm:^1, a@npm:^2"`). */
function splitHeader(header: string): string[] {
  const out: string[] = [];
  for (const m of header.matchAll(DESCRIPTOR)) {
    const token = m[1]?.trim();
    if (!token) continue;
    for (const d of unquote(token).split(',')) if (d.trim() !== '') out.push(d.trim());
  }
  return out;
}

function parseField(content: string): { key: string; value?: string } | undefined {
  const m = FIELD.exec(content);
  if (!m?.[1]) return undefined;
  const key = unquote(m[1]);
  const rest = m[3]?.trim();
  if (rest === undefined || rest === '') return m[2] === ':' ? { key } : undefined;
  return { key, value: unquote(rest) };
}

/** Double-quoted strings use JSON escapes in both dialects; single quotes are YAML's. */
export function unquote(token: string): string {
  if (token.length >= 2 && token.startsWith('"') && token.endsWith('"')) {
    try {
      return JSON.parse(token) as string;
    } catch {
      return token.slice(1, -1);
    }
  }
  if (token.length >= 2 && token.startsWith("'") && token.endsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
  return token;
}
