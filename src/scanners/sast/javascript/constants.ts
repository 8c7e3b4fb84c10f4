import { everyDescendant, type SyntaxNode } from '../engine/walk.js';

const CONSTANT_TYPES = new Set([
  'string', 'string_fragment', 'escape_sequence', 'template_string', 'template_substitution', 'number', 'true', 'false',
  'null', 'undefined', 'binary_expression', 'unary_expression', 'parenthesized_expression', 'array', 'object', 'pair',
  'property_identifier', 'shorthand_property_identifier', 'comment', 'regex', 'regex_pattern', 'regex_flags',
  'as_expression', 'satisfies_expression', 'non_null_expression', 'predefined_type', 'type_identifier', 'ternary_expression',
]);

const READS = new Set(['identifier', 'member_expression', 'subscript_expression']);

/**
 * Does this expression only combine literals, module constants and the results of calls `isSafeCall`
 * accepts (and reads `isSafeRead` vouches for: an allow-listed value, a constant lookup)? Walked without
 * recursion. "Not constant" stands in for "tainted" when no request data is seen.
 */
export function isConstantExpression(
  node: SyntaxNode,
  constants: ReadonlySet<string>,
  isSafeCall?: (call: SyntaxNode) => boolean,
  isSafeRead?: (read: SyntaxNode) => boolean,
): boolean {
  return everyDescendant(node, (n) => {
    if (!n.isNamed) return true;
    const type = n.type;
    if ((type === 'identifier' || type === 'shorthand_property_identifier') && constants.has(n.text)) return true;
    if (isSafeRead && READS.has(type) && isSafeRead(n.node())) return 'skip';
    if (type === 'identifier' || type === 'shorthand_property_identifier') return false;
    if (type === 'call_expression') return isSafeCall?.(n.node()) ? 'skip' : false;
    if (type === 'ternary_expression' && nesting < MAX_NESTING) return constantBranches(n.node(), constants, isSafeCall, isSafeRead) ? 'skip' : false;
    return CONSTANT_TYPES.has(type);
  });
}

const MAX_NESTING = 16;
let nesting = 0;

/** `c ? a : b` is as constant as its branches: the condition's value never flows (beyond this depth, it is walked whole). */
function constantBranches(
  node: SyntaxNode,
  constants: ReadonlySet<string>,
  isSafeCall?: (call: SyntaxNode) => boolean,
  isSafeRead?: (read: SyntaxNode) => boolean,
): boolean {
  nesting++;
  try {
    return ['consequence', 'alternative'].every((f) => {
      const branch = node.childForFieldName(f);
      return !branch || isConstantExpression(branch, constants, isSafeCall, isSafeRead);
    });
  } finally {
    nesting--;
  }
}

const SCOPE_TYPES = ['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'function', 'program'];

/** The nearest enclosing function (or the program) of a node. */
export function scopeOf(node: SyntaxNode): SyntaxNode | null {
  for (let p = node.parent; p; p = p.parent) if (SCOPE_TYPES.includes(p.type)) return p;
  return null;
}

/** Identifiers a binding pattern introduces (`a`, `{ a, b: c }`, `[a, ...b]`, `a = 1`). */
export function patternNames(pattern: SyntaxNode | null | undefined): string[] {
  if (!pattern) return [];
  if (pattern.type === 'identifier' || pattern.type === 'shorthand_property_identifier_pattern') return [pattern.text];
  if (pattern.type === 'pair_pattern') return patternNames(pattern.childForFieldName('value'));
  if (pattern.type === 'assignment_pattern') return patternNames(pattern.childForFieldName('left'));
  if (pattern.type === 'required_parameter' || pattern.type === 'optional_parameter') return patternNames(pattern.childForFieldName('pattern'));
  if (pattern.type === 'object_pattern' || pattern.type === 'array_pattern' || pattern.type === 'rest_pattern') {
    return pattern.namedChildren.flatMap(patternNames);
  }
  return [];
}

/**
 * Names declared exactly once in the file, by a top-level `const` whose value is constant
 * (`const QUERY = 'SELECT 1'`). A name also bound anywhere else (a parameter, an inner variable) is not.
 */
export function moduleConstants(declarators: readonly SyntaxNode[], parameterLists: readonly SyntaxNode[]): Set<string> {
  const counts = new Map<string, number>();
  const bump = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const d of declarators) for (const name of patternNames(d.childForFieldName('name'))) bump(name);
  for (const list of parameterLists) for (const p of list.namedChildren) for (const name of patternNames(p)) bump(name);
  const constants = new Set<string>();
  for (const d of declarators) {
    const name = d.childForFieldName('name');
    const value = d.childForFieldName('value');
    if (name?.type !== 'identifier' || !value || counts.get(name.text) !== 1) continue;
    const decl = d.parent;
    if (decl?.type !== 'lexical_declaration' || decl.firstChild?.text !== 'const') continue;
    const top = decl.parent?.type === 'export_statement' ? decl.parent.parent : decl.parent;
    if (top?.type !== 'program') continue;
    if (isConstantExpression(value, constants)) constants.add(name.text);
  }
  return constants;
}
