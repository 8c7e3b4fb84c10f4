/** A line-oriented reader for go.mod (https://go.dev/ref/mod#go-mod-file-grammar). */

export interface GoRequire {
  path: string;
  version: string;
  indirect: boolean;
  line: number;
}

export interface GoReplace {
  oldPath: string;
  /** Only this version of the old module is replaced; undefined replaces every version. */
  oldVersion?: string;
  newPath: string;
  /** Undefined when the replacement is a local directory. */
  newVersion?: string;
  line: number;
}

export interface GoModFile {
  module?: string;
  go?: { version: string; line: number };
  toolchain?: { name: string; line: number };
  requires: GoRequire[];
  replaces: GoReplace[];
  /** Line-numbered problems (the first few); they never quote the file. */
  errors: string[];
  errorCount: number;
}

const DIRECTIVES = new Set(['module', 'go', 'toolchain', 'godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']);
const MAX_ERRORS = 20;

interface Tokens {
  args: string[];
  comment: string;
}

/** Splits a line into arguments (quoted strings unquoted) and its trailing `//` comment. */
export function tokenize(line: string): Tokens | undefined {
  const args: string[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
    } else if (line.startsWith('//', i)) {
      return { args, comment: line.slice(i + 2).trim() };
    } else if (ch === '"' || ch === '`') {
      const end = findQuoteEnd(line, i);
      if (end < 0) return undefined;
      const raw = line.slice(i, end + 1);
      args.push(ch === '`' ? raw.slice(1, -1) : unquote(raw));
      i = end + 1;
    } else {
      let j = i;
      while (j < line.length && !' \t\r"`'.includes(line[j]!) && !line.startsWith('//', j)) j++;
      args.push(line.slice(i, j));
      i = j;
    }
  }
  return { args, comment: '' };
}

function findQuoteEnd(line: string, start: number): number {
  const quote = line[start]!;
  for (let i = start + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) return i;
  }
  return -1;
}

function unquote(raw: string): string {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' ? value : raw.slice(1, -1);
  } catch {
    return raw.slice(1, -1);
  }
}

/** `// indirect` or `// indirect; reason` marks a requirement the main module does not import itself. */
function isIndirect(comment: string): boolean {
  return comment === 'indirect' || comment.startsWith('indirect;');
}

export function isLocalPath(path: string): boolean {
  return path.startsWith('./') || path.startsWith('../') || path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path === '.' || path === '..';
}

export function parseGoMod(text: string): GoModFile {
  const out: GoModFile = { requires: [], replaces: [], errors: [], errorCount: 0 };
  const fail = (msg: string): void => {
    out.errorCount++;
    if (out.errors.length < MAX_ERRORS) out.errors.push(msg);
  };
  let block: { verb: string; line: number } | undefined;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = n + 1;
    const tokens = tokenize(lines[n]!);
    if (!tokens) {
      fail(`line ${line}: unterminated quoted string`);
      continue;
    }
    const { args, comment } = tokens;
    if (args.length === 0) continue;
    if (block) {
      if (args[0] === ')' && args.length === 1) block = undefined;
      else directive(out, block.verb, args, comment, line, fail);
      continue;
    }
    const verb = args[0]!;
    if (!DIRECTIVES.has(verb)) {
      fail(`line ${line}: unknown directive`);
      continue;
    }
    if (args[1] === '(' && args.length === 2) {
      block = { verb, line };
    } else if (args[1] === '(' && args[2] === ')' && args.length === 3) {
      continue;
    } else {
      directive(out, verb, args.slice(1), comment, line, fail);
    }
  }
  if (block) fail(`line ${block.line}: block is never closed`);
  return out;
}

function directive(out: GoModFile, verb: string, args: string[], comment: string, line: number, fail: (m: string) => void): void {
  switch (verb) {
    case 'module':
      if (args.length !== 1) return fail(`line ${line}: module wants one path`);
      out.module = args[0];
      return;
    case 'go':
      if (args.length !== 1 || !/^\d+(\.\d+)*([a-z]+\d+)?$/.test(args[0]!)) return fail(`line ${line}: go wants one version`);
      out.go = { version: args[0]!, line };
      return;
    case 'toolchain':
      if (args.length !== 1) return fail(`line ${line}: toolchain wants one name`);
      out.toolchain = { name: args[0]!, line };
      return;
    case 'require':
      if (args.length !== 2) return fail(`line ${line}: require wants a module path and a version`);
      out.requires.push({ path: args[0]!, version: args[1]!, indirect: isIndirect(comment), line });
      return;
    case 'replace':
      return replace(out, args, line, fail);
    default:
      // exclude, retract, godebug, tool, ignore: nothing to catalog.
      return;
  }
}

function replace(out: GoModFile, args: string[], line: number, fail: (m: string) => void): void {
  const arrow = args.indexOf('=>');
  const left = args.slice(0, arrow);
  const right = args.slice(arrow + 1);
  if (arrow < 0 || left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
    return fail(`line ${line}: replace wants \`module [version] => module version\` or a local directory`);
  }
  const newPath = right[0]!;
  if (right.length === 1 && !isLocalPath(newPath)) return fail(`line ${line}: replacement module has no version`);
  out.replaces.push({
    oldPath: left[0]!,
    ...(left[1] !== undefined && { oldVersion: left[1] }),
    newPath,
    ...(right[1] !== undefined && { newVersion: right[1] }),
    line,
  });
}
