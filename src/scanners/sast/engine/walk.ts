import type Parser from 'tree-sitter';

export type SyntaxNode = Parser.SyntaxNode;

/**
 * Every node under `root` (itself included) in document order, with a tree cursor: no recursion, so a
 * pathologically nested file cannot overflow the stack.
 */
export function* descendants(root: SyntaxNode): Generator<SyntaxNode> {
  const cursor = root.walk();
  let depth = 0;
  for (;;) {
    yield cursor.currentNode;
    if (cursor.gotoFirstChild()) {
      depth++;
      continue;
    }
    for (;;) {
      if (depth === 0) return;
      if (cursor.gotoNextSibling()) break;
      cursor.gotoParent();
      depth--;
    }
  }
}

/** What the cursor-based walks see of a node without building a node object. */
export interface CursorView {
  type: string;
  isNamed: boolean;
  text: string;
  /** Builds the node object (costly: only for the few nodes that need more than type and text). */
  node(): SyntaxNode;
}

/** `false` stops the walk (and `everyDescendant` returns false); `'skip'` does not enter this node. */
export type VisitResult = boolean | 'skip';

/**
 * Visits every node under `root` (itself included) in document order through a cursor, without
 * recursion and without building node objects; stops early when `visit` returns false.
 */
export function everyDescendant(root: SyntaxNode, visit: (node: CursorView) => VisitResult): boolean {
  const cursor = root.walk();
  const view: CursorView = {
    get type() { return cursor.nodeType; },
    get isNamed() { return cursor.nodeIsNamed; },
    get text() { return cursor.nodeText; },
    node: () => cursor.currentNode,
  };
  let depth = 0;
  for (;;) {
    const result = visit(view);
    if (result === false) return false;
    if (result !== 'skip' && cursor.gotoFirstChild()) {
      depth++;
      continue;
    }
    for (;;) {
      if (depth === 0) return true;
      if (cursor.gotoNextSibling()) break;
      cursor.gotoParent();
      depth--;
    }
  }
}

/** Named nodes under `root` of one of the given types, in document order. */
export function descendantsOfType(root: SyntaxNode, types: readonly string[]): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const node of descendants(root)) if (types.includes(node.type)) out.push(node);
  return out;
}

/** The nearest ancestor (not the node itself) of one of the given types. */
export function closestAncestor(node: SyntaxNode, types: readonly string[]): SyntaxNode | null {
  for (let p = node.parent; p; p = p.parent) if (types.includes(p.type)) return p;
  return null;
}

/**
 * Named nodes of the given types under `root`, grouped by type, in document order. Reads types through
 * the cursor and only builds node objects for the nodes asked for (building one is the expensive part).
 */
export function indexByType(root: SyntaxNode, types: ReadonlySet<string>): Map<string, SyntaxNode[]> {
  const index = new Map<string, SyntaxNode[]>();
  const cursor = root.walk();
  let depth = 0;
  for (;;) {
    const type = cursor.nodeType;
    if (cursor.nodeIsNamed && types.has(type)) {
      let list = index.get(type);
      if (!list) index.set(type, (list = []));
      list.push(cursor.currentNode);
    }
    if (cursor.gotoFirstChild()) {
      depth++;
      continue;
    }
    for (;;) {
      if (depth === 0) return index;
      if (cursor.gotoNextSibling()) break;
      cursor.gotoParent();
      depth--;
    }
  }
}
