import type { PythonFile } from '../engine/python/context.js';
import { closestAncestor, type SyntaxNode } from '../engine/walk.js';
import { scopeTaintOf } from './analysis.js';
import { isConstantContainer, isConstantLookup } from './constant-values.js';
import { projectSummaryOf } from './project.js';
import { sourceNameOf } from './request-names.js';
import { routeParameters } from './routes.js';
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
  const fn = closestAncestor(call, ['function_definition']);
  const routed = fn ? routeParameters(fn) : new Map();
  const seen = new Set<string>();
  const pending = [expr];
  for (let n = 0; pending.length > 0; n++) {
    if (n > MAX_VALUES) return false;
    const closed = closedExcept(file, pending.pop()!, sanitizers);
    if (!closed) return false;
    pending.push(...closed.receivers);
    for (const name of closed.names) {
      if (seen.has(name)) continue;
      seen.add(name);
      const values = locals.get(name);
      // A route parameter is a source the engine follows, like `request.args`.
      if (routed.has(name)) pending.push(...(values ?? []));
      else if (!values || params.has(name)) return false;
      else pending.push(...values);
    }
  }
  return true;
}

const MAX_VALUES = 64;
/** Builtins whose result holds nothing but what their arguments hold: their arguments are looked at instead. */
const PURE_BUILTINS: ReadonlySet<string> = new Set(['str', 'repr', 'format', 'min', 'max', 'sorted', 'list', 'tuple', 'set', 'dict']);

/** String methods whose result holds nothing but what the string and the arguments hold. */
const PURE_METHODS: ReadonlySet<string> = new Set([
  'lower', 'upper', 'casefold', 'title', 'capitalize', 'strip', 'lstrip', 'rstrip', 'replace', 'split', 'rsplit', 'join',
  'removeprefix', 'removesuffix', 'zfill', 'format', 'encode', 'decode',
]);

/**
 * A call whose result the engine accounts for: `skip` (sanitizer, source, constant lookup), `enter` (its
 * arguments decide) or, for a string method (`x.lower()`), its receiver and arguments.
 */
function knownCall(file: PythonFile, call: SyntaxNode, sanitizers: readonly string[]): 'enter' | 'skip' | { receiver: SyntaxNode } | undefined {
  if (isConstantLookup(file, call)) return 'skip';
  const fn = call.childForFieldName('function');
  const receiver = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
  if (receiver && PURE_METHODS.has(fn!.childForFieldName('attribute')?.text ?? '') && !isSourceAttribute(sourceNameOf(file, fn!) ?? '')) return { receiver };
  const name = fn?.type === 'attribute' ? sourceNameOf(file, fn) : file.callName(call);
  if (name === undefined) return undefined;
  // A helper of another module of the app (its summary): what it returns depends on the arguments it passes on.
  if (PURE_BUILTINS.has(name) || projectSummaryOf(file, name)) return 'enter';
  const known = GENERAL_SANITIZERS.has(name) || sanitizers.includes(name) || SOURCE_CALLS.includes(name) || isSourceAttribute(name);
  return known ? 'skip' : undefined;
}

/**
 * The non-constant names an expression reads, and the receivers of its string methods (to look at in
 * turn), if it is otherwise closed (literals, sanitizer calls); else undefined.
 */
function closedExcept(file: PythonFile, expr: SyntaxNode, sanitizers: readonly string[]): { names: string[]; receivers: SyntaxNode[] } | undefined {
  const names: string[] = [];
  const receivers: SyntaxNode[] = [];
  const cursor = expr.walk();
  let depth = 0;
  for (;;) {
    let enter = true;
    if (cursor.nodeIsNamed && !(depth > 0 && SKIPPED_FIELDS.has(cursor.currentFieldName))) {
      const type = cursor.nodeType;
      if (type === 'identifier') {
        if (!file.constants.has(cursor.nodeText) && !isConstantContainer(file, cursor.currentNode)) names.push(cursor.nodeText);
      } else if (type === 'call') {
        const known = knownCall(file, cursor.currentNode, sanitizers);
        if (known === undefined) return undefined;
        if (typeof known === 'object') receivers.push(known.receiver);
        enter = known !== 'skip';
      } else if (type === 'attribute') {
        const name = sourceNameOf(file, cursor.currentNode);
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
      if (depth === 0) return { names, receivers };
      if (cursor.gotoNextSibling()) break;
      cursor.gotoParent();
      depth--;
    }
  }
}
