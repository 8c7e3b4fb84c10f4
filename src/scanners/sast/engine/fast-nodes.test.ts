import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../../../core/paths.js';
import { parseScript } from '../javascript/parser.js';
import { parseSource } from './parser.js';
import type { SyntaxNode } from './walk.js';

interface Seen {
  type: string;
  startIndex: number;
  startPosition: { row: number; column: number };
  text: string;
}

/** Every node of the tree with what the tree cursor (native reads, not patched) says about it. */
function walkWithCursor(root: SyntaxNode, source: string): { node: SyntaxNode; seen: Seen }[] {
  const out: { node: SyntaxNode; seen: Seen }[] = [];
  const cursor = root.walk();
  let depth = 0;
  for (;;) {
    const start = cursor.startIndex;
    out.push({
      node: cursor.currentNode,
      seen: { type: cursor.nodeType, startIndex: start, startPosition: cursor.startPosition, text: source.slice(start, cursor.endIndex) },
    });
    if (cursor.gotoFirstChild()) {
      depth++;
      continue;
    }
    while (depth > 0 && !cursor.gotoNextSibling()) {
      cursor.gotoParent();
      depth--;
    }
    if (depth === 0) return out;
  }
}

function checkTree(root: SyntaxNode, source: string): number {
  const nodes = walkWithCursor(root, source);
  const ids = new Set<number>();
  for (const { node, seen } of nodes) {
    expect({ type: node.type, startIndex: node.startIndex, startPosition: node.startPosition, text: node.text }).toEqual(seen);
    ids.add(node.id);
    // The same node reached another way has the same id.
    const again = node.parent?.children.find((c) => c.startIndex === node.startIndex && c.endIndex === node.endIndex && c.type === node.type);
    if (again) expect(again.id).toBe(node.id);
  }
  expect(ids.size).toBe(nodes.length);
  return nodes.length;
}

describe('fast node access', () => {
  it('reads type, start, text and id as the binding does, on a real Python file with non-ASCII text', () => {
    const source = readFileSync(fromPackageRoot('examples', 'flask-app', 'app.py'), 'utf8') + '\nname = "naïve ☃ 🐍"; print(f"{name!r:>10}")\n';
    const { tree } = parseSource(source, 'python');
    expect(checkTree(tree!.rootNode, source)).toBeGreaterThan(1000);
  });

  it('does the same on TypeScript, for a second language', () => {
    const source = 'const s: string = "é🐍";\nexport function f(a: number): string { return `${a}${s}`; }\n';
    const { tree } = parseScript(source, 'typescript');
    expect(checkTree(tree!.rootNode, source)).toBeGreaterThan(30);
  });
});
