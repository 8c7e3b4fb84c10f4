import type { SyntaxNode } from '../engine/walk.js';
import { isAllowPattern } from '../taint/allow-pattern.js';
import type { ScriptFile } from './context.js';
import { stringText } from './imports.js';

const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'function']);
const BLOCKS = new Set(['statement_block', 'program', 'switch_case', 'switch_default']);
const EXITS = new Set(['return_statement', 'throw_statement', 'continue_statement', 'break_statement']);
const CASE_METHODS = new Set(['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase']);
const MAX_DEPTH = 8;
const MAX_SIBLINGS = 200;

/**
 * Is the value `subject` (an identifier or `req.query.x`, by its text) read at `node` known to have
 * passed an allow-list check on every path to it? `if (!ALLOWED.includes(x)) return …;` before it in an
 * enclosing block, the consequence of `if (ALLOWED.has(x))`, `/^\w+$/.test(x) ? x : 'd'`, `ok(x) && use(x)`.
 * Stops at the enclosing function; a reassignment of the subject after the check voids it.
 */
export function isGuarded(file: ScriptFile, node: SyntaxNode, subject: string): boolean {
  let child = node;
  for (let p = node.parent; p && !FUNCTIONS.has(p.type); child = p, p = p.parent) {
    const type = p.type;
    if (type === 'if_statement' || type === 'ternary_expression') {
      const condition = p.childForFieldName('condition');
      const inThen = p.childForFieldName('consequence')?.id === child.id;
      const inElse = p.childForFieldName('alternative')?.id === child.id;
      if (condition && (inThen || inElse) && guardsWhen(file, condition, inThen).includes(subject)) return true;
    } else if (type === 'binary_expression' && p.childForFieldName('right')?.id === child.id) {
      const op = p.childForFieldName('operator')?.type;
      const left = p.childForFieldName('left');
      if (left && (op === '&&' || op === '||') && guardsWhen(file, left, op === '&&').includes(subject)) return true;
    } else if (BLOCKS.has(type) && guardedBefore(file, child, node, subject)) {
      return true;
    }
  }
  return false;
}

/** An earlier statement of the block `if (<not allowed>) { return/throw … | subject = 'default' }`, not undone since. */
function guardedBefore(file: ScriptFile, statement: SyntaxNode, use: SyntaxNode, subject: string): boolean {
  let s = statement.previousNamedSibling;
  for (let n = 0; s && n < MAX_SIBLINGS; s = s.previousNamedSibling, n++) {
    if (s.type !== 'if_statement' || s.childForFieldName('alternative')) continue;
    const condition = s.childForFieldName('condition');
    const body = s.childForFieldName('consequence');
    if (!condition || !body || !guardsWhen(file, condition, false).includes(subject)) continue;
    if (!exits(body) && !rebinds(body, subject)) continue;
    const after = s.endIndex;
    return !file.nodes('assignment_expression').some((a) => a.startIndex > after && a.startIndex < use.startIndex && a.childForFieldName('left')?.text === subject);
  }
  return false;
}

function statementsOf(body: SyntaxNode): SyntaxNode[] {
  return body.type === 'statement_block' ? body.namedChildren.filter((c) => c.type !== 'comment') : [body];
}

function exits(body: SyntaxNode): boolean {
  const last = statementsOf(body).at(-1);
  return !!last && EXITS.has(last.type);
}

function rebinds(body: SyntaxNode, subject: string): boolean {
  return statementsOf(body).some((s) => {
    const a = s.type === 'expression_statement' ? s.namedChildren[0] : undefined;
    return a?.type === 'assignment_expression' && a.childForFieldName('left')?.text === subject;
  });
}

/** The subjects (texts) a condition vouches for when it evaluates to `truth`. */
export function guardsWhen(file: ScriptFile, condition: SyntaxNode, truth: boolean, depth = 0): string[] {
  if (depth > MAX_DEPTH) return [];
  const node = condition.type === 'parenthesized_expression' && condition.namedChildren[0] ? condition.namedChildren[0] : condition;
  if (node.type === 'parenthesized_expression') return guardsWhen(file, node, truth, depth + 1);
  if (node.type === 'unary_expression' && node.childForFieldName('operator')?.type === '!') {
    const arg = node.childForFieldName('argument');
    return arg ? guardsWhen(file, arg, !truth, depth + 1) : [];
  }
  if (node.type === 'binary_expression') return binaryGuards(file, node, truth, depth);
  if (node.type === 'call_expression' && truth) return callGuards(file, node);
  return [];
}

function binaryGuards(file: ScriptFile, node: SyntaxNode, truth: boolean, depth: number): string[] {
  const op = node.childForFieldName('operator')?.type;
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return [];
  if (op === '&&' || op === '||') {
    const a = guardsWhen(file, left, truth, depth + 1);
    const b = guardsWhen(file, right, truth, depth + 1);
    return (op === '&&') === truth ? [...a, ...b] : a.filter((x) => b.includes(x));
  }
  if (op === '===' || op === '==' || op === '!==' || op === '!=') {
    if (truth !== (op === '===' || op === '==')) return [];
    if (file.isConstant(right)) return subjectOf(left);
    if (file.isConstant(left)) return subjectOf(right);
  }
  return [];
}

/** `ALLOWED.includes(x)`, `allowed.has(x)`, `/^[a-z]+$/.test(x)`, `NAME_RE.test(x)`. */
function callGuards(file: ScriptFile, call: SyntaxNode): string[] {
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'member_expression') return [];
  const method = fn.childForFieldName('property')?.text;
  const object = fn.childForFieldName('object');
  const arg = file.arg(call, 0);
  if (!object || !arg) return [];
  if ((method === 'includes' || method === 'has') && isConstantCollection(file, object)) return subjectOf(arg);
  if (method === 'test') {
    const regex = regexOf(file, object);
    return regex && isAllowPattern(regex.pattern, regex.flags, 'none') ? subjectOf(arg) : [];
  }
  return [];
}

function subjectOf(node: SyntaxNode): string[] {
  if (node.type === 'identifier' || (node.type === 'member_expression' && /^[\w$]+(?:\.[\w$]+)*$/.test(node.text))) return [node.text];
  if (node.type === 'call_expression') {
    const fn = node.childForFieldName('function');
    const object = fn?.type === 'member_expression' ? fn.childForFieldName('object') : null;
    if (object && CASE_METHODS.has(fn!.childForFieldName('property')?.text ?? '')) return subjectOf(object);
  }
  return [];
}

/**
 * A collection fixed by the code: a constant array literal or module constant, or a module `const`
 * bound once to `new Set([...])` / `new Map([...])` of constants (or `Object.keys(CONST)`).
 */
export function isConstantCollection(file: ScriptFile, node: SyntaxNode): boolean {
  if (file.isConstant(node) && node.type !== 'string' && node.type !== 'template_string') return true;
  const value = node.type === 'identifier' ? moduleConstValue(file, node.text) : node;
  if (!value) return false;
  if (value.type === 'new_expression' || value.type === 'call_expression') {
    const callee = value.childForFieldName(value.type === 'new_expression' ? 'constructor' : 'function')?.text;
    const arg = file.arg(value, 0);
    return ['Set', 'Map', 'Object.keys', 'Object.values'].includes(callee ?? '') && (!arg || file.isConstant(arg));
  }
  return file.isConstant(value);
}

/** The value of a top-level `const NAME = …` declared once in the file. */
function moduleConstValue(file: ScriptFile, name: string): SyntaxNode | undefined {
  const decls = file.declarationsOf(name);
  if (decls.length !== 1) return undefined;
  const decl = decls[0]!.node.parent;
  const top = decl?.parent?.type === 'export_statement' ? decl.parent.parent : decl?.parent;
  return decl?.type === 'lexical_declaration' && decl.firstChild?.text === 'const' && top?.type === 'program' ? decls[0]!.value : undefined;
}

function regexOf(file: ScriptFile, node: SyntaxNode): { pattern: string; flags: string } | undefined {
  const value = node.type === 'identifier' ? moduleConstValue(file, node.text) : node;
  if (value?.type === 'regex') {
    return { pattern: value.childForFieldName('pattern')?.text ?? '', flags: value.childForFieldName('flags')?.text ?? '' };
  }
  if (value?.type === 'new_expression' && value.childForFieldName('constructor')?.text === 'RegExp') {
    const pattern = stringText(file.arg(value, 0) ?? null);
    const flags = file.arg(value, 1);
    return pattern === undefined ? undefined : { pattern, flags: flags ? (stringText(flags) ?? '') : '' };
  }
  return undefined;
}
