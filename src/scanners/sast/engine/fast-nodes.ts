import { createRequire } from 'node:module';
import type Parser from 'tree-sitter';

const require = createRequire(import.meta.url);

/*
 * Node access in the node-tree-sitter 0.21 binding is a native call per property read, and on the whole
 * standard library those calls cost more than parsing. A node object already holds what some of them
 * return: the binding copies the node's id (two 32-bit halves) and its start (byte, row, byte column)
 * into fields 0–5 when it builds the object, and these never change (trees are never edited here). The
 * getters below read those fields, and each node class gets its type as a plain value, which the binding
 * means to do but cannot (its assignment to the prototype is dropped: the base class has a getter-only
 * `type`). Text is read from the source string instead of through the parse callback. fast-nodes.test.ts
 * checks every replaced value against the native one.
 */

interface NodeFields {
  [field: number]: number;
}

interface NodeClass {
  prototype: object;
}

const TWO_TO_32 = 2 ** 32;
const patchedLanguages = new WeakSet<object>();
let nodesPatched = false;

function patchNodePrototype(base: NodeClass): void {
  if (nodesPatched) return;
  nodesPatched = true;
  Object.defineProperties(base.prototype, {
    id: { configurable: true, get(this: NodeFields) { return this[0]! + this[1]! * TWO_TO_32; } },
    startIndex: { configurable: true, get(this: NodeFields) { return this[2]! >>> 1; } },
    startPosition: { configurable: true, get(this: NodeFields) { return { row: this[3]!, column: this[4]! >>> 1 }; } },
  });
}

/** Each node class stands for exactly one node type: read it natively once, then keep it on the class. */
function patchNodeTypes(language: { nodeSubclasses?: NodeClass[] }, base: NodeClass): void {
  if (!language.nodeSubclasses || patchedLanguages.has(language)) return;
  patchedLanguages.add(language);
  const nativeType = Object.getOwnPropertyDescriptor(base.prototype, 'type')?.get;
  if (!nativeType) return;
  for (const cls of new Set(language.nodeSubclasses)) {
    if (cls === base || Object.hasOwn(cls.prototype, 'type')) continue;
    Object.defineProperty(cls.prototype, 'type', {
      configurable: true,
      get(this: object): string {
        const type = nativeType.call(this) as string;
        Object.defineProperty(cls.prototype, 'type', { value: type });
        return type;
      },
    });
  }
}

/** Makes node reads on this tree (and every tree of its language) cheap; `text` is the parsed source. */
export function fastNodeAccess(tree: Parser.Tree, text: string): void {
  Object.assign(tree, { getText: (node: { startIndex: number; endIndex: number }) => text.substring(node.startIndex, node.endIndex) });
  const base = (require('tree-sitter') as { SyntaxNode: NodeClass }).SyntaxNode;
  patchNodePrototype(base);
  const language = (tree as unknown as { language?: { nodeSubclasses?: NodeClass[] } }).language;
  if (language) patchNodeTypes(language, base);
}
