import type { Finding } from '../../../core/model.js';
import { parseSource } from '../../../scanners/sast/engine/parser.js';
import { PythonFile, type Assignment } from '../../../scanners/sast/engine/python/context.js';
import type { SyntaxNode } from '../../../scanners/sast/engine/walk.js';
import type { FixContext, FixUnit } from '../../types.js';

export type { SyntaxNode };

export function inPython(f: Finding, ...ruleIds: string[]): boolean {
  return f.location.kind === 'file' && f.location.path.endsWith('.py') && (ruleIds.length === 0 || ruleIds.includes(f.ruleId));
}

/** The Python file of a unit's finding, parsed the way the SAST scanner parses it, and the finding's line. */
export interface PythonTarget {
  path: string;
  text: string;
  file: PythonFile;
  /** 0-based row of the finding (tree-sitter rows). */
  row: number;
}

export async function loadPython(unit: FixUnit, ctx: FixContext): Promise<PythonTarget | string> {
  const loc = unit.findings[0]!.location;
  if (loc.kind !== 'file') return 'the finding names no file';
  const text = await ctx.readFile(loc.path);
  if (text === undefined) return `${loc.path} cannot be read`;
  const parsed = parseSource(text, 'python');
  if (!parsed.tree) return `${loc.path} could not be parsed (${parsed.issues[0]?.message ?? 'unknown reason'})`;
  if (parsed.tree.rootNode.hasError) return `${loc.path} has a syntax error; fix it before patchline edits the file`;
  return { path: loc.path, text, file: new PythonFile(loc.path, text, parsed.tree), row: loc.startLine - 1 };
}

/** Nodes that start on the finding's row. */
export function startingAt(nodes: readonly SyntaxNode[], row: number): SyntaxNode[] {
  return nodes.filter((n) => n.startPosition.row === row);
}

/** Assignments that start on the finding's row. */
export function assignmentsAt(file: PythonFile, row: number): Assignment[] {
  return file.assignments().filter((a) => a.node.startPosition.row === row);
}

/** Nodes whose span covers the finding's row. */
export function covering<T extends SyntaxNode>(nodes: readonly T[], row: number): T[] {
  return nodes.filter((n) => n.startPosition.row <= row && row <= n.endPosition.row);
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping replacements (string indices) to the text. */
export function applySpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

export function replaceNode(node: SyntaxNode, text: string): Span {
  return { start: node.startIndex, end: node.endIndex, text };
}

/** Removes a keyword argument together with the comma and space that separate it from its neighbour. */
export function removeArgument(text: string, arg: SyntaxNode): Span {
  let start = arg.startIndex;
  let end = arg.endIndex;
  const before = text.slice(0, start);
  const comma = /,\s*$/.exec(before);
  if (comma) start -= comma[0].length;
  else {
    const after = /^\s*,\s*/.exec(text.slice(end));
    if (after) end += after[0].length;
  }
  return { start, end, text: '' };
}

/** A Python string literal for a value: double quotes, escaped. */
export function pyString(value: string): string {
  return JSON.stringify(value);
}
