import type { PythonFile } from '../engine/python/context.js';
import { stringValue } from '../engine/python/literals.js';
import type { SyntaxNode } from '../engine/walk.js';
import { isAllowPattern, pythonPatternToScript, type PatternAnchor } from './allow-pattern.js';
import { isConstantContainer, moduleValue } from './constant-values.js';
import { GUARD_MARKS, type GuardMark } from './sources.js';

/**
 * A name a condition vouches for when it has a given truth value: `x in ALLOWED` (true) or `x not in
 * ALLOWED` (false) makes `x` one of a fixed set of values. Without a mark the value is clean for every
 * sink; with one it is clean only for the sinks that list the mark (`urlparse(x).hostname in HOSTS` makes
 * `x` safe to fetch, not to open).
 */
export interface Guard {
  name: string;
  mark?: GuardMark;
}

const REGEX_CALLS: Record<string, PatternAnchor> = { 're.fullmatch': 'full', 're.match': 'start', 're.search': 'none' };
const REGEX_METHODS: Record<string, PatternAnchor> = { fullmatch: 'full', match: 'start', search: 'none' };
const CHARACTER_CLASS_TESTS = new Set(['isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isalpha', 'isidentifier']);
const CASE_METHODS = new Set(['lower', 'upper', 'casefold']);
const URL_PARSERS = new Set(['urllib.parse.urlparse', 'urllib.parse.urlsplit', 'urlparse.urlparse', 'urlparse', 'urlsplit']);
const MAX_DEPTH = 8;

/** The names `condition` vouches for when it evaluates to `truth`. */
export function guardsWhen(file: PythonFile, condition: SyntaxNode, truth: boolean, depth = 0): Guard[] {
  const node = unwrap(condition);
  if (depth > MAX_DEPTH) return [];
  switch (node.type) {
    case 'not_operator': {
      const arg = node.childForFieldName('argument');
      return arg ? guardsWhen(file, arg, !truth, depth + 1) : [];
    }
    case 'boolean_operator': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (!left || !right) return [];
      const a = guardsWhen(file, left, truth, depth + 1);
      const b = guardsWhen(file, right, truth, depth + 1);
      // `A and B` true means both hold; `A or B` false means both failed: either side's guards apply.
      const both = node.childForFieldName('operator')?.text === 'and' ? truth : !truth;
      return both ? [...a, ...b] : a.filter((g) => b.some((h) => h.name === g.name && h.mark === g.mark));
    }
    case 'comparison_operator':
      return comparisonGuards(file, node, truth);
    case 'call':
      return truth ? callGuards(file, node) : [];
    case 'attribute':
      // `if urlparse(x).netloc: ...` false: the URL has no host, it stays on this site.
      return !truth && node.childForFieldName('attribute')?.text === 'netloc' ? urlGuard(file, node, GUARD_MARKS.relative) : [];
    default:
      return [];
  }
}

/** `x in ALLOWED`, `x not in ("a", "b")`, `x == "a"`, `x != CONST`, `urlparse(x).hostname in HOSTS`. */
function comparisonGuards(file: PythonFile, node: SyntaxNode, truth: boolean): Guard[] {
  const operands = node.namedChildren.filter((c) => c.type !== 'comment');
  if (operands.length !== 2) return [];
  const [left, right] = operands as [SyntaxNode, SyntaxNode];
  const operator = node.text.slice(left.endIndex - node.startIndex, right.startIndex - node.startIndex).replace(/\s+/g, ' ').trim();
  if (operator === 'in' || operator === 'not in') {
    if (truth !== (operator === 'in') || !isConstantContainer(file, right)) return [];
    return subjectGuards(file, left);
  }
  if (operator === '==' || operator === '!=' || operator === 'is') {
    if (truth !== (operator !== '!=')) return [];
    if (file.isConstant(right)) return subjectGuards(file, left);
    if (file.isConstant(left)) return subjectGuards(file, right);
  }
  return [];
}

/** The value a membership or equality test is about: `x`, `self.x`, `x.lower()`, or the host of `urlparse(x)`. */
function subjectGuards(file: PythonFile, subject: SyntaxNode): Guard[] {
  const node = unwrap(subject);
  if (node.type === 'identifier' || (node.type === 'attribute' && /^[A-Za-z_]\w*\.[A-Za-z_]\w*$/.test(node.text))) return [{ name: node.text }];
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
    const receiver = fn?.childForFieldName('object');
    if (method && CASE_METHODS.has(method) && receiver) return subjectGuards(file, receiver);
  }
  if (node.type === 'attribute' && ['hostname', 'netloc'].includes(node.childForFieldName('attribute')?.text ?? '')) {
    return urlGuard(file, node, GUARD_MARKS.host);
  }
  return [];
}

/** `urlparse(x).<part>`: a guard on `x` carrying `mark`. */
function urlGuard(file: PythonFile, part: SyntaxNode, mark: GuardMark): Guard[] {
  const parsed = part.childForFieldName('object');
  if (parsed?.type !== 'call' || !URL_PARSERS.has(file.callName(parsed) ?? '')) return [];
  const arg = file.args(parsed).positional[0];
  return arg ? subjectGuards(file, arg).filter((g) => !g.mark).map((g) => ({ ...g, mark })) : [];
}

/** `re.fullmatch(r"[a-z0-9]+", x)`, `NAME_RE.fullmatch(x)`, `x.isdigit()`, `x.startswith(base)`. */
function callGuards(file: PythonFile, call: SyntaxNode): Guard[] {
  const name = file.callName(call);
  const args = file.args(call).positional;
  if (name !== undefined && REGEX_CALLS[name] && args.length >= 2) {
    return isAllowRegex(file, args[0]!, REGEX_CALLS[name]!) ? subjectGuards(file, args[1]!) : [];
  }
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'attribute') return [];
  const method = fn.childForFieldName('attribute')?.text ?? '';
  const receiver = fn.childForFieldName('object')!;
  if (REGEX_METHODS[method] && args.length >= 1) {
    const compiled = compiledPattern(file, receiver);
    return compiled && isAllowRegex(file, compiled, REGEX_METHODS[method]!) ? subjectGuards(file, args[0]!) : [];
  }
  if (CHARACTER_CLASS_TESTS.has(method) && args.length === 0) return subjectGuards(file, receiver);
  if (method === 'startswith' && args.length === 1) return subjectGuards(file, receiver).map((g) => ({ ...g, mark: GUARD_MARKS.contained }));
  return [];
}

/** The pattern argument of `re.compile(...)`, written inline or bound once at module level. */
function compiledPattern(file: PythonFile, receiver: SyntaxNode): SyntaxNode | undefined {
  const value = receiver.type === 'identifier' ? moduleValue(file, receiver.text) : receiver;
  if (value?.type !== 'call' || file.callName(value) !== 're.compile') return undefined;
  return file.args(value).positional[0];
}

function isAllowRegex(file: PythonFile, pattern: SyntaxNode, anchor: PatternAnchor): boolean {
  const literal = pattern.type === 'identifier' ? moduleValue(file, pattern.text) : pattern;
  if (!literal) return false;
  let text = stringValue(literal);
  if (text === undefined) return false;
  if (!/^[a-zA-Z]*[rR]/.test(literal.text)) text = text.replace(/\\\\/g, '\\');
  const script = pythonPatternToScript(text);
  return script !== undefined && isAllowPattern(script.pattern, script.flags, anchor);
}

function unwrap(node: SyntaxNode): SyntaxNode {
  let cur = node;
  while (cur.type === 'parenthesized_expression' && cur.namedChildren[0]) cur = cur.namedChildren[0];
  return cur;
}
