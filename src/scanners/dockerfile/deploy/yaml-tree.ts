import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import { assertShallowYaml, type YamlShapeError } from '../../../core/yaml-data.js';

/**
 * A parsed YAML (or JSON) document with what the checks need to point at source lines:
 * alias resolution, `<<` merge keys, and line numbers of nodes.
 */
export interface Tree {
  doc: Document;
  lineCounter: LineCounter;
  lines: string[];
}

export interface Entry {
  key: string;
  /** The key node: where a finding about this setting points. */
  keyNode: Node;
  /** The value, aliases resolved; null for an empty value. */
  value: Node | null;
}

export interface ParsedTree {
  tree: Tree;
  /** The first parser error, if any, with its 1-based line. */
  error?: { line: number; message: string; count: number };
}

const MAX_MERGE_DEPTH = 8;

/** Never throws: the yaml parser recovers and reports errors on the document. */
export function parseTree(text: string): ParsedTree {
  const lineCounter = new LineCounter();
  try {
    assertShallowYaml(text);
  } catch (err) {
    const shape = err as YamlShapeError;
    const doc = parseDocument('', { lineCounter });
    return { tree: { doc, lineCounter, lines: [] }, error: { line: shape.line ?? 1, message: shape.message, count: 1 } };
  }
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: false });
  const tree: Tree = { doc, lineCounter, lines: text.split(/\r?\n/) };
  const first = doc.errors[0];
  if (!first) return { tree };
  const line = lineCounter.linePos(first.pos[0]).line;
  return { tree, error: { line, message: withoutSource(first.message, text) || first.code, count: doc.errors.length } };
}

/**
 * A few parser messages end by quoting the source (`Block scalar header includes extra characters: <text>`);
 * that text may be a secret, so a trailing `: <text>` found verbatim in the source is cut off.
 */
export function withoutSource(message: string, source: string): string {
  const first = message.split('\n')[0] ?? '';
  const colon = first.lastIndexOf(': ');
  if (colon === -1) return first;
  const tail = first.slice(colon + 2).trim();
  return tail !== '' && source.includes(tail) ? first.slice(0, colon) : first;
}

/** Follows an alias to the node it names; anything else is returned as is. */
export function resolve(tree: Tree, node: unknown): Node | null {
  if (isAlias(node)) {
    const target: unknown = node.resolve(tree.doc);
    return isAlias(target) || target === undefined ? null : (target as Node);
  }
  return isScalar(node) || isMap(node) || isSeq(node) ? node : null;
}

/** 1-based line where a node starts. */
export function lineOf(tree: Tree, node: Node): number {
  const start = node.range?.[0] ?? 0;
  return tree.lineCounter.linePos(start).line;
}

export function lineText(tree: Tree, line: number): string {
  return (tree.lines[line - 1] ?? '').trim();
}

function keyString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/** The entries of a mapping, with `<<: *anchor` merges applied (explicit keys win, as in YAML 1.1). */
export function entries(tree: Tree, node: Node | null, depth = 0, merged = new Set<Node>()): Entry[] {
  // Each mapping is merged at most once per lookup: `<<: [*a, *a, ...]` chains cannot multiply the work.
  if (!isMap(node) || depth > MAX_MERGE_DEPTH || merged.has(node)) return [];
  merged.add(node);
  const own: Entry[] = [];
  const inherited: Entry[] = [];
  for (const pair of node.items) {
    const key = keyString(pair.key);
    if (key === undefined || !isScalar(pair.key)) continue;
    if (key === '<<') {
      const sources = resolve(tree, pair.value);
      const list = isSeq(sources) ? sources.items.map((i) => resolve(tree, i)) : [sources];
      for (const src of list) inherited.push(...entries(tree, src, depth + 1, merged));
      continue;
    }
    const value = resolve(tree, pair.value);
    own.push({ key, keyNode: pair.key, value: isScalar(value) && value.value === null ? null : value });
  }
  const seen = new Set(own.map((e) => e.key));
  const out = [...own];
  for (const e of inherited) {
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    out.push(e);
  }
  return out;
}

export function entry(tree: Tree, node: Node | null, key: string): Entry | undefined {
  return entries(tree, node).find((e) => e.key === key);
}

export function items(tree: Tree, node: Node | null): Node[] {
  if (!isSeq(node)) return [];
  const out: Node[] = [];
  for (const item of node.items) {
    const r = resolve(tree, item);
    if (r) out.push(r);
  }
  return out;
}

/** A scalar's value as a string (numbers and booleans stringified); undefined for null and collections. */
export function scalarText(node: Node | null | undefined): string | undefined {
  return keyString(node);
}

/** `true`, or a string spelling of it that docker-compose (YAML 1.1) would accept. */
export function isTruthy(node: Node | null | undefined): boolean {
  if (!isScalar(node)) return false;
  if (node.value === true) return true;
  return typeof node.value === 'string' && /^(?:true|yes|on)$/i.test(node.value.trim());
}

export function isFalsy(node: Node | null | undefined): boolean {
  if (!isScalar(node)) return false;
  if (node.value === false) return true;
  return typeof node.value === 'string' && /^(?:false|no|off)$/i.test(node.value.trim());
}

export { isMap, isScalar, isSeq };
export type { Node };
