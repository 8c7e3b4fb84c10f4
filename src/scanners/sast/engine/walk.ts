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

interface Span {
  node: SyntaxNode;
  start: number;
  end: number;
}

/** Per tree and list of types: the named nodes of those types with their spans, in document order. */
const spansByTree = new WeakMap<object, Map<string, Span[]>>();

function spansOf(node: SyntaxNode, types: readonly string[]): Span[] {
  let byTypes = spansByTree.get(node.tree);
  if (!byTypes) spansByTree.set(node.tree, (byTypes = new Map()));
  const key = types.join(' ');
  let spans = byTypes.get(key);
  if (!spans) {
    const found = node.tree.rootNode.descendantsOfType(types as string[]).filter((n) => n.isNamed);
    byTypes.set(key, (spans = found.map((n) => ({ node: n, start: n.startIndex, end: n.endIndex }))));
  }
  return spans;
}

/**
 * The nearest ancestor (not the node itself) of one of the given types. Reading `parent` builds a node
 * object and costs the node's depth, so walking up is quadratic in depth (seconds on a 5,000-deep
 * expression). Instead the nodes of those types are listed once per tree and the innermost one whose span
 * holds the node is the ancestor: spans of a tree nest. A candidate with exactly the node's span may be
 * its child rather than its ancestor (`lambda: x` as a statement), so that case asks the tree.
 */
export function closestAncestor(node: SyntaxNode, types: readonly string[]): SyntaxNode | null {
  const spans = spansOf(node, types);
  const start = node.startIndex;
  const end = node.endIndex;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const span = spans[i]!;
    if (span.end < end) continue;
    if (span.start === start && span.end === end) return node.closest(types as string[]);
    return span.node;
  }
  return null;
}

/**
 * Nodes of the given types under `root` (itself included), grouped by type, in document order. One native
 * call finds them all (crossing into native code per node is the expensive part of the binding). The
 * types must be named node types that no anonymous token shares (engine.test.ts checks the indexed ones).
 */
export function indexByType(root: SyntaxNode, types: ReadonlySet<string>): Map<string, SyntaxNode[]> {
  const index = new Map<string, SyntaxNode[]>();
  for (const node of root.descendantsOfType([...types])) {
    const type = node.type;
    let list = index.get(type);
    if (!list) index.set(type, (list = []));
    list.push(node);
  }
  return index;
}
