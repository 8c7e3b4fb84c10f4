import type { PythonFile } from '../engine/python/context.js';
import type { SyntaxNode } from '../engine/walk.js';

const memo = new WeakMap<PythonFile, Map<string, SyntaxNode | null>>();
const CONTAINER_CALLS = new Set(['frozenset', 'set', 'tuple', 'list', 'dict', 'sorted']);
const VIEW_METHODS = new Set(['keys', 'values', 'items']);
const MAX_DEPTH = 4;

/**
 * The value a name is bound to when the file binds it exactly once, by a plain `=` at module level
 * (`ALLOWED = {"a", "b"}`, `NAME_RE = re.compile(...)`); undefined for anything rebound or bound elsewhere.
 */
export function moduleValue(file: PythonFile, name: string): SyntaxNode | undefined {
  let byName = memo.get(file);
  if (!byName) memo.set(file, (byName = moduleBindings(file)));
  return byName.get(name) ?? undefined;
}

function moduleBindings(file: PythonFile): Map<string, SyntaxNode | null> {
  const out = new Map<string, SyntaxNode | null>();
  for (const { node, left, right } of file.assignments()) {
    if (left.type !== 'identifier') continue;
    const atTop = node.parent?.type === 'expression_statement' && node.parent.parent?.type === 'module';
    out.set(left.text, out.has(left.text) || !atTop ? null : right);
  }
  return out;
}

/**
 * A container whose elements are fixed by the code: a literal tuple, list, set or dict of constants, a
 * module constant bound once to one, `frozenset(...)` of one, or its `.keys()`. Membership in it is an
 * allow-list check, and anything read out of it (`MAP[x]`, `MAP.get(x)`) is a constant.
 */
export function isConstantContainer(file: PythonFile, node: SyntaxNode, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (file.isConstant(node)) return true;
  switch (node.type) {
    case 'identifier': {
      const value = moduleValue(file, node.text);
      return value !== undefined && isConstantContainer(file, value, depth + 1);
    }
    case 'set':
    case 'list':
    case 'tuple':
      return node.namedChildren.every((c) => c.type === 'comment' || isConstantContainer(file, c, depth + 1));
    case 'dictionary':
      return node.namedChildren.every((pair) => pair.type === 'comment' || (pair.type === 'pair' && pair.namedChildren.every((c) => isConstantContainer(file, c, depth + 1))));
    case 'parenthesized_expression':
      return node.namedChildren[0] !== undefined && isConstantContainer(file, node.namedChildren[0], depth + 1);
    case 'call': {
      const fn = node.childForFieldName('function');
      const args = file.args(node);
      if (fn?.type === 'identifier' && CONTAINER_CALLS.has(fn.text)) {
        return args.positional.length <= 1 && args.keywords.size === 0 && args.positional.every((a) => isConstantContainer(file, a, depth + 1));
      }
      const object = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
      return !!object && VIEW_METHODS.has(fn!.childForFieldName('attribute')?.text ?? '') && isConstantContainer(file, object, depth + 1);
    }
    default:
      return false;
  }
}

/** `MAP.get(x)` / `MAP.get(x, "default")` on a constant dict: one of its values or the constant default. */
export function isConstantLookup(file: PythonFile, call: SyntaxNode): boolean {
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'get') return false;
  const object = fn.childForFieldName('object');
  const args = file.args(call);
  const fallback = args.positional[1] ?? args.keywords.get('default');
  return !!object && isConstantContainer(file, object) && (!fallback || file.isConstant(fallback));
}
