import type Parser from 'tree-sitter';
import type { Finding } from '../../core/model.js';
import { parseSource } from '../../scanners/sast/engine/parser.js';
import { parseScript, scriptLanguage } from '../../scanners/sast/javascript/parser.js';

/** A 1-based inclusive line range. */
export interface LineRange {
  start: number;
  end: number;
}

/** What the model sees of one file, and where it may edit. */
export interface FileContext {
  path: string;
  text: string;
  /** Ranges shown to the model (imports, the enclosing function, the definitions it uses). */
  shown: LineRange[];
  /** Ranges the model may edit: the imports and the enclosing function (or a window at module level). */
  editable: LineRange[];
}

const MODULE_WINDOW = 15;
const MAX_SHOWN_LINES = 400;

interface Grammar {
  parse(text: string): Parser.Tree | undefined;
  functions: ReadonlySet<string>;
  imports(node: Parser.SyntaxNode): boolean;
  definitionName(node: Parser.SyntaxNode): string | undefined;
  callee(node: Parser.SyntaxNode): string | undefined;
}

const PYTHON: Grammar = {
  parse: (text) => parseSource(text, 'python').tree,
  functions: new Set(['function_definition', 'decorated_definition', 'lambda']),
  imports: (node) => node.type === 'import_statement' || node.type === 'import_from_statement' || node.type === 'future_import_statement',
  definitionName(node) {
    const def = node.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
    if (def?.type === 'function_definition' || def?.type === 'class_definition') return def.childForFieldName('name')?.text;
    if (node.type === 'expression_statement' && node.firstNamedChild?.type === 'assignment') {
      const left = node.firstNamedChild.childForFieldName('left');
      return left?.type === 'identifier' ? left.text : undefined;
    }
    return undefined;
  },
  callee: (node) => (node.type === 'call' ? node.childForFieldName('function')?.text : node.type === 'identifier' ? node.text : undefined),
};

function scriptGrammar(path: string): Grammar | undefined {
  const language = scriptLanguage(path);
  if (!language) return undefined;
  return {
    parse: (text) => parseScript(text, language).tree,
    functions: new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration']),
    imports: (node) => node.type === 'import_statement' || (node.type === 'lexical_declaration' || node.type === 'variable_declaration') && /\brequire\s*\(/.test(node.text.slice(0, 300)),
    definitionName(node) {
      if (node.type === 'function_declaration' || node.type === 'class_declaration') return node.childForFieldName('name')?.text;
      if (node.type === 'lexical_declaration' || node.type === 'variable_declaration') {
        const declarator = node.firstNamedChild;
        return declarator?.childForFieldName('name')?.type === 'identifier' ? declarator.childForFieldName('name')?.text : undefined;
      }
      if (node.type === 'export_statement' && node.namedChildren[0]) return this.definitionName(node.namedChildren[0]);
      return undefined;
    },
    callee: (node) => (node.type === 'call_expression' ? node.childForFieldName('function')?.text : node.type === 'identifier' ? node.text : undefined),
  };
}

function grammarFor(path: string): Grammar | undefined {
  if (path.endsWith('.py')) return PYTHON;
  return scriptGrammar(path);
}

const rangeOf = (node: Parser.SyntaxNode): LineRange => ({ start: node.startPosition.row + 1, end: node.endPosition.row + 1 });

/** The innermost function around the line, widened to its decorators. */
function enclosingFunction(root: Parser.SyntaxNode, line: number, functions: ReadonlySet<string>): Parser.SyntaxNode | undefined {
  let found: Parser.SyntaxNode | undefined;
  let node: Parser.SyntaxNode | null = root;
  while (node) {
    let next: Parser.SyntaxNode | null = null;
    for (const child of node.namedChildren) {
      if (child.startPosition.row + 1 <= line && child.endPosition.row + 1 >= line) {
        next = child;
        break;
      }
    }
    if (next && functions.has(next.type) && next.type !== 'lambda') found = next;
    node = next;
  }
  if (found?.parent?.type === 'decorated_definition') return found.parent;
  return found;
}

function window(line: number, lineCount: number): LineRange {
  return { start: Math.max(1, line - MODULE_WINDOW), end: Math.min(lineCount, line + MODULE_WINDOW) };
}

/** Names the function calls or reads that are defined at module level, with their ranges. */
function usedDefinitions(root: Parser.SyntaxNode, fn: Parser.SyntaxNode, grammar: Grammar): LineRange[] {
  const definitions = new Map<string, Parser.SyntaxNode>();
  for (const child of root.namedChildren) {
    const name = grammar.definitionName(child);
    if (name) definitions.set(name, child);
  }
  const used = new Set<string>();
  const stack: Parser.SyntaxNode[] = [fn];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const name = grammar.callee(node);
    if (name && definitions.has(name)) used.add(name);
    stack.push(...node.namedChildren);
  }
  return [...used].map((name) => definitions.get(name)!).filter((def) => def.id !== fn.id).map(rangeOf);
}

/** Builds the context of a file finding: imports, enclosing function, used definitions; bounded. */
export function buildFileContext(finding: Finding, text: string): FileContext | undefined {
  if (finding.location.kind !== 'file') return undefined;
  const { path, startLine } = finding.location;
  const lineCount = text.split('\n').length;
  const grammar = grammarFor(path);
  const tree = grammar?.parse(text);
  if (!grammar || !tree) {
    const range = window(startLine, lineCount);
    return { path, text, shown: [range], editable: [range] };
  }
  const root = tree.rootNode;
  const importNodes = root.namedChildren.filter((n) => grammar.imports(n));
  const imports: LineRange[] = importNodes.length > 0
    ? [{ start: importNodes[0]!.startPosition.row + 1, end: importNodes.at(-1)!.endPosition.row + 2 }]
    : [{ start: 1, end: 1 }];
  const fn = enclosingFunction(root, startLine, grammar.functions);
  const body = fn ? rangeOf(fn) : window(startLine, lineCount);
  const extra = fn ? usedDefinitions(root, fn, grammar) : [];
  const editable = mergeRanges([...imports, body]).map((r) => ({ start: r.start, end: Math.min(r.end, lineCount) }));
  const shown = boundRanges(mergeRanges([...editable, ...extra]), MAX_SHOWN_LINES, body);
  return { path, text, shown, editable };
}

export function mergeRanges(ranges: LineRange[]): LineRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: LineRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Keeps the ranges in order until the line budget is spent; the finding's own range always stays. */
function boundRanges(ranges: LineRange[], maxLines: number, keep: LineRange): LineRange[] {
  let left = maxLines - (keep.end - keep.start + 1);
  return ranges.filter((r) => {
    if (r.start <= keep.start && r.end >= keep.end) return true;
    const size = r.end - r.start + 1;
    if (size > left) return false;
    left -= size;
    return true;
  });
}

/** The shown ranges with line numbers, `…` between gaps, as the model reads them. */
export function renderNumbered(ctx: FileContext): string {
  const lines = ctx.text.split('\n');
  const width = String(lines.length).length;
  const out: string[] = [];
  for (const range of ctx.shown) {
    if (out.length > 0) out.push('…');
    for (let n = range.start; n <= Math.min(range.end, lines.length); n++) out.push(`${String(n).padStart(width)}| ${lines[n - 1]}`);
  }
  return out.join('\n');
}
