import { createRequire } from 'node:module';
import type Parser from 'tree-sitter';
import { parseBounded, type ParseOutput } from '../engine/parser.js';

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
  return parseBounded(parserFor(language), text, limits);
}
