import { createRequire } from 'node:module';
import type Parser from 'tree-sitter';
import { fastNodeAccess } from './fast-nodes.js';

const require = createRequire(import.meta.url);

export type Language = 'python';

/** Files above this size are not parsed (reported as a `too-large` issue). */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;
/** A parse that takes longer than this is abandoned (reported as a `parse-timeout` issue). */
export const PARSE_TIMEOUT_MICROS = 5_000_000;

export interface ParseIssue {
  code: 'too-large' | 'parse-error' | 'parse-timeout';
  message: string;
}

export interface ParseOutput {
  /** Undefined when the file was not parsed at all (too large, timed out). */
  tree?: Parser.Tree;
  issues: ParseIssue[];
}

const GRAMMARS: Record<Language, string> = { python: 'tree-sitter-python' };
const parsers = new Map<Language, Parser>();

/** One parser per language, created on first use and reused (tree-sitter parsers are not cheap to set up). */
function parserFor(language: Language): Parser {
  let parser = parsers.get(language);
  if (!parser) {
    const ParserClass = require('tree-sitter') as typeof Parser;
    parser = new ParserClass();
    parser.setLanguage(require(GRAMMARS[language]));
    parsers.set(language, parser);
  }
  return parser;
}

/**
 * Parses source with bounded input and time. A syntax error is reported once (its first line) and the
 * recovered tree is still returned, so rules run on everything tree-sitter could make sense of.
 */
export function parseSource(text: string, language: Language, limits: { timeoutMicros?: number } = {}): ParseOutput {
  return parseBounded(parserFor(language), text, limits);
}

/** Parses with any tree-sitter parser under the size and time limits; every language's scanner uses this. */
export function parseBounded(parser: Parser, text: string, limits: { timeoutMicros?: number } = {}): ParseOutput {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_SOURCE_BYTES) {
    return { issues: [{ code: 'too-large', message: `file is ${bytes} bytes, over the ${MAX_SOURCE_BYTES}-byte limit for static analysis; not analysed` }] };
  }
  parser.setTimeoutMicros(limits.timeoutMicros ?? PARSE_TIMEOUT_MICROS);
  let tree: Parser.Tree | undefined;
  try {
    // Large inputs need a callback: the string overload reads through a fixed-size buffer.
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
  fastNodeAccess(tree, text);
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
