import { createRequire } from 'node:module';
import type Parser from 'tree-sitter';
import { MAX_SOURCE_BYTES, PARSE_TIMEOUT_MICROS, type ParseOutput } from '../engine/parser.js';

const require = createRequire(import.meta.url);

export type ScriptLanguage = 'javascript' | 'typescript' | 'tsx';

const parsers = new Map<ScriptLanguage, Parser>();

function grammar(language: ScriptLanguage): unknown {
  if (language === 'javascript') return require('tree-sitter-javascript');
  const ts = require('tree-sitter-typescript') as { typescript: unknown; tsx: unknown };
  return language === 'tsx' ? ts.tsx : ts.typescript;
}

/** One parser per language, created on first use and reused. */
function parserFor(language: ScriptLanguage): Parser {
  let parser = parsers.get(language);
  if (!parser) {
    const ParserClass = require('tree-sitter') as typeof Parser;
    parser = new ParserClass();
    parser.setLanguage(grammar(language));
    parsers.set(language, parser);
  }
  return parser;
}

/** The grammar for a path: `.ts`/`.mts`/`.cts` → typescript, `.tsx` → tsx, `.js/.mjs/.cjs/.jsx` → javascript. */
export function scriptLanguage(path: string): ScriptLanguage | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'js' || ext === 'mjs' || ext === 'cjs' || ext === 'jsx') return 'javascript';
  if (ext === 'ts' || ext === 'mts' || ext === 'cts') return path.endsWith('.d.ts') ? undefined : 'typescript';
  if (ext === 'tsx') return 'tsx';
  return undefined;
}

/** Source the scanner wants: a script outside `node_modules/` that is not minified or a declaration file. */
export function isScriptSource(path: string): boolean {
  return scriptLanguage(path) !== undefined && !/(?:^|\/)node_modules\//.test(path) && !/\.min\.[cm]?js$/.test(path);
}

/**
 * Parses JavaScript or TypeScript with bounded input and time, like the Python parser: a syntax error is
 * reported once and the recovered tree is still analysed.
 */
export function parseScript(text: string, language: ScriptLanguage, limits: { timeoutMicros?: number } = {}): ParseOutput {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_SOURCE_BYTES) {
    return { issues: [{ code: 'too-large', message: `file is ${bytes} bytes, over the ${MAX_SOURCE_BYTES}-byte limit for static analysis; not analysed` }] };
  }
  const parser = parserFor(language);
  parser.setTimeoutMicros(limits.timeoutMicros ?? PARSE_TIMEOUT_MICROS);
  let tree: Parser.Tree | undefined;
  try {
    tree = parser.parse((index: number) => (index < text.length ? text.slice(index, index + 16_384) : null));
  } catch (err) {
    parser.reset();
    const reason = err instanceof Error ? err.message : String(err);
    return { issues: [{ code: 'parse-timeout', message: `could not parse within the time limit (${reason}); not analysed` }] };
  }
  if (!tree) {
    parser.reset();
    return { issues: [{ code: 'parse-timeout', message: 'could not parse within the time limit; not analysed' }] };
  }
  if (!tree.rootNode.hasError) return { tree, issues: [] };
  const line = firstErrorLine(tree.rootNode);
  return { tree, issues: [{ code: 'parse-error', message: `syntax error at line ${line}; the rest of the file was analysed` }] };
}

/** The 1-based line of the first ERROR or MISSING node, found without recursion. */
function firstErrorLine(root: Parser.SyntaxNode): number {
  const cursor = root.walk();
  for (;;) {
    const node = cursor.currentNode;
    if (node.isError || node.isMissing) return node.startPosition.row + 1;
    if (node.hasError && cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return root.startPosition.row + 1;
    }
  }
}
