import type { PythonFile } from '../engine/python/context.js';
import type { SyntaxNode } from '../engine/walk.js';
import { scopeTaintOf } from './analysis.js';
import { GENERAL_SANITIZERS, isSourceAttribute, SOURCE_CALLS } from './sources.js';

const SKIPPED_FIELDS = new Set(['attribute', 'name', 'type', 'function']);
const CLOSED_TYPES = new Set([
  'string', 'string_start', 'string_content', 'string_end', 'escape_sequence', 'concatenated_string', 'integer', 'float',
  'true', 'false', 'none', 'binary_operator', 'unary_operator', 'parenthesized_expression', 'tuple', 'list',
  'interpolation', 'format_specifier', 'type_conversion', 'comparison_operator', 'boolean_operator', 'not_operator',
  'conditional_expression', 'keyword_argument', 'argument_list', 'subscript', 'slice',
]);

/**
 * Does the taint engine account for every input of `expr` at `call`: only literals, module constants,
 * sources, sanitizer calls, and names bound in the function's own code to such values? Then "not tainted" there means clean, and
 * the injection rules' non-constant fallback stays silent. A parameter, a global, an attribute or any other
 * call is an input of unknown origin, and the fallback still reports it.
 */
export function taintExplains(file: PythonFile, call: SyntaxNode, expr: SyntaxNode, sanitizers: readonly string[] = []): boolean {
  const { locals, params, envAtCall, exhausted } = scopeTaintOf(file, call);
  if (exhausted || !envAtCall.has(call.id)) return false;
  const seen = new Set<string>();
  const pending = [expr];
  for (let n = 0; pending.length > 0; n++) {
    if (n > MAX_VALUES) return false;
    const names = closedExcept(file, pending.pop()!, sanitizers);
    if (!names) return false;
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      const values = locals.get(name);
      if (!values || params.has(name)) return false;
      pending.push(...values);
    }
  }
  return true;
}

const MAX_VALUES = 64;
/** Builtins whose result holds nothing but what their arguments hold: their arguments are looked at instead. */
const PURE_BUILTINS: ReadonlySet<string> = new Set(['str', 'repr', 'format', 'min', 'max', 'sorted', 'list', 'tuple', 'set', 'dict']);

/** The non-constant names an expression reads if it is otherwise closed (literals, sanitizer calls), else undefined. */
function closedExcept(file: PythonFile, expr: SyntaxNode, sanitizers: readonly string[]): string[] | undefined {
  const names: string[] = [];
  const cursor = expr.walk();
  let depth = 0;
  for (;;) {
    let enter = true;
    if (cursor.nodeIsNamed && !(depth > 0 && SKIPPED_FIELDS.has(cursor.currentFieldName))) {
      const type = cursor.nodeType;
      if (type === 'identifier') {
        if (!file.constants.has(cursor.nodeText)) names.push(cursor.nodeText);
      } else if (type === 'call') {
        const name = file.callName(cursor.currentNode);
        const known = name !== undefined && (PURE_BUILTINS.has(name) || GENERAL_SANITIZERS.has(name) || sanitizers.includes(name) || SOURCE_CALLS.includes(name) || isSourceAttribute(name));
        if (!known) return undefined;
        enter = PURE_BUILTINS.has(name);
      } else if (type === 'attribute') {
        const name = file.nameOf(cursor.currentNode);
        if (name === undefined || !isSourceAttribute(name)) return undefined;
        enter = false;
      } else if (type !== 'comment' && !CLOSED_TYPES.has(type)) {
        return undefined;
      }
    }
    if (enter && cursor.gotoFirstChild()) {
      depth++;
      continue;
    }
    for (;;) {
      if (depth === 0) return names;
      if (cursor.gotoNextSibling()) break;
      cursor.gotoParent();
      depth--;
    }
  }
}
