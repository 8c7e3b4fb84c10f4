import type Parser from 'tree-sitter';
import { indexByType, type SyntaxNode } from '../engine/walk.js';
import { isConstantExpression, moduleConstants } from './constants.js';
import { isSafeRead } from './explained.js';
import { importAliases, qualifiedName, stringText } from './imports.js';
import { taintFromCallers } from './summaries.js';
import { mayHoldRequestData, taintedNames, taintOf, type Binding, type Taint } from './taint.js';

export interface ScriptArguments {
  positional: SyntaxNode[];
  /** A `...spread` argument is present. */
  spread: boolean;
}

/** The node types rules may ask for; indexing only these keeps the one walk over the tree cheap. */
export const SCRIPT_INDEXED_TYPES: ReadonlySet<string> = new Set([
  'assignment_expression', 'call_expression', 'formal_parameters', 'import_statement', 'new_expression', 'pair',
  'variable_declarator',
]);

/**
 * One parsed JavaScript/TypeScript file and the facts rules ask about it, computed once: nodes by type
 * (one cursor walk), import/require aliases, module constants, locals holding request data.
 */
export class ScriptFile {
  readonly lines: string[];
  readonly aliases: Map<string, string>;
  readonly constants: Set<string>;
  private readonly byType: Map<string, SyntaxNode[]>;
  private readonly callInfos = new Map<number, { name?: string; method?: string }>();
  private readonly callArgs = new Map<number, ScriptArguments>();
  private tainted?: Map<number, Set<string>>;
  private requestData?: boolean;
  private bindingList?: Binding[];
  private callList?: SyntaxNode[];
  private declarations?: Map<string, { node: SyntaxNode; value?: SyntaxNode }[]>;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly tree: Parser.Tree,
  ) {
    this.lines = text.split(/\r?\n/);
    this.byType = indexByType(tree.rootNode, SCRIPT_INDEXED_TYPES);
    this.aliases = importAliases(this.nodes('import_statement'), this.nodes('variable_declarator'));
    this.constants = moduleConstants(this.nodes('variable_declarator'), this.nodes('formal_parameters'));
  }

  nodes(type: string): readonly SyntaxNode[] {
    if (!SCRIPT_INDEXED_TYPES.has(type)) throw new Error(`node type '${type}' is not indexed; add it to SCRIPT_INDEXED_TYPES`);
    return this.byType.get(type) ?? [];
  }

  /** Calls and `new` expressions, in document order. */
  allCalls(): readonly SyntaxNode[] {
    this.callList ??= [...this.nodes('call_expression'), ...this.nodes('new_expression')].sort((a, b) => a.startIndex - b.startIndex);
    return this.callList;
  }

  /** `name = value` declarators binding this plain name, in document order (one pass, on first use). */
  declarationsOf(name: string): readonly { node: SyntaxNode; value?: SyntaxNode }[] {
    if (!this.declarations) {
      this.declarations = new Map();
      for (const d of this.nodes('variable_declarator')) {
        const id = d.childForFieldName('name');
        if (id?.type !== 'identifier') continue;
        const value = d.childForFieldName('value') ?? undefined;
        let list = this.declarations.get(id.text);
        if (!list) this.declarations.set(id.text, (list = []));
        list.push({ node: d, ...(value && { value }) });
      }
    }
    return this.declarations.get(name) ?? [];
  }

  /** Qualified name of what a call calls (`cp.exec(...)` → `child_process.exec`; `new Function()` → `Function`). */
  callName(call: SyntaxNode): string | undefined {
    return this.callInfo(call).name;
  }

  /** The method of a call on an expression (`db.query(...)` → `query`). */
  callMethod(call: SyntaxNode): string | undefined {
    return this.callInfo(call).method;
  }

  private callInfo(call: SyntaxNode): { name?: string; method?: string } {
    let info = this.callInfos.get(call.id);
    if (!info) {
      let fn = call.childForFieldName(call.type === 'new_expression' ? 'constructor' : 'function');
      // tree-sitter-typescript reads `await db.query<T>(sql)` as a call of `await db.query`.
      if (fn?.type === 'await_expression' && call.childForFieldName('type_arguments')) fn = fn.namedChildren[0] ?? null;
      const simple = fn ? simpleDotted(fn) : undefined;
      const name = simple ? [this.aliases.get(simple[0]!) ?? simple[0]!, ...simple.slice(1)].join('.') : fn ? qualifiedName(fn, this.aliases) : undefined;
      const method = simple ? (simple.length > 1 ? simple[simple.length - 1] : undefined)
        : fn?.type === 'member_expression' ? fn.childForFieldName('property')?.text : undefined;
      info = { ...(name !== undefined && { name }), ...(method !== undefined && { method }) };
      this.callInfos.set(call.id, info);
    }
    return info;
  }

  /** Calls whose qualified name is one of `names`, or whose method is one of `methods`. */
  calls(names: readonly string[], methods: readonly string[] = []): SyntaxNode[] {
    return this.allCalls().filter((c) => {
      const { name, method } = this.callInfo(c);
      return (name !== undefined && names.includes(name)) || (method !== undefined && methods.includes(method));
    });
  }

  args(call: SyntaxNode): ScriptArguments {
    const memo = this.callArgs.get(call.id);
    if (memo) return memo;
    const out: ScriptArguments = { positional: [], spread: false };
    this.callArgs.set(call.id, out);
    const list = call.childForFieldName('arguments');
    if (!list || list.type !== 'arguments') return out;
    for (const arg of list.namedChildren) {
      if (arg.type === 'spread_element') out.spread = true;
      else if (arg.type !== 'comment') out.positional.push(arg);
    }
    return out;
  }

  arg(call: SyntaxNode, index: number): SyntaxNode | undefined {
    return this.args(call).positional[index];
  }

  /** A property of an object literal (`{ shell: true }`), by key; undefined when absent or not a literal object. */
  property(object: SyntaxNode | undefined, key: string): SyntaxNode | undefined {
    const obj = unwrap(object);
    if (obj?.type !== 'object') return undefined;
    for (const p of obj.namedChildren) {
      if (p.type === 'pair') {
        const k = p.childForFieldName('key');
        const name = k?.type === 'property_identifier' ? k.text : stringText(k);
        if (name === key) return p.childForFieldName('value') ?? undefined;
      } else if (p.type === 'shorthand_property_identifier' && p.text === key) return p;
    }
    return undefined;
  }

  /** The qualified name of a dotted expression, its head resolved through imports and requires. */
  nameOf(node: SyntaxNode): string | undefined {
    return qualifiedName(node, this.aliases);
  }

  /** Literals and module constants only; calls to `sanitizers` (qualified names) count as constant. */
  isConstant(node: SyntaxNode, sanitizers: readonly string[] = []): boolean {
    const isSafeCall = sanitizers.length > 0 ? (call: SyntaxNode) => sanitizers.includes(this.callName(call) ?? '') : undefined;
    return isConstantExpression(node, this.constants, isSafeCall);
  }

  /** Like `isConstant`, and values fixed by an allow-list check or a constant lookup count too (see explained.ts). */
  isFixed(node: SyntaxNode, sanitizers: readonly string[] = []): boolean {
    const isSafeCall = (call: SyntaxNode) => sanitizers.includes(this.callName(call) ?? '');
    return isConstantExpression(node, this.constants, isSafeCall, (read) => isSafeRead(this, read, sanitizers));
  }

  /**
   * `request` when the expression reads request data itself, `flow` through a local or a module function
   * holding it, or through a parameter of the enclosing module function that its callers pass request data;
   * calls to `sanitizers` in the expression end the taint.
   */
  taint(node: SyntaxNode, sanitizers: readonly string[] = []): Taint | undefined {
    this.requestData ??= mayHoldRequestData(this.text);
    if (!this.requestData) return undefined;
    this.tainted ??= taintedNames(this, this.bindings());
    return taintOf(this, node, this.tainted, sanitizers) ?? taintFromCallers(this, node, this.tainted);
  }

  /** Declarations and assignments to plain names or patterns, ordered by their values' positions. */
  bindings(): readonly Binding[] {
    if (this.bindingList) return this.bindingList;
    const out: Binding[] = [];
    for (const d of [...this.nodes('variable_declarator'), ...this.nodes('assignment_expression')]) {
      const name = d.childForFieldName(d.type === 'variable_declarator' ? 'name' : 'left');
      const value = d.childForFieldName(d.type === 'variable_declarator' ? 'value' : 'right');
      if (name && value && name.type !== 'member_expression') out.push({ name, value });
    }
    this.bindingList = out.sort((a, b) => a.value.startIndex - b.value.startIndex);
    return this.bindingList;
  }
}

const DOTTED = /^[A-Za-z_$][\w$]*(?:\s*\??\.\s*[A-Za-z_$#][\w$]*)*$/;

/**
 * `a.b.c` read from the node's text in one native call instead of a walk over its parts; undefined when
 * the expression is anything else (then the structural walk decides).
 */
function simpleDotted(fn: SyntaxNode): string[] | undefined {
  const type = fn.type;
  if ((type !== 'identifier' && type !== 'member_expression') || fn.endIndex - fn.startIndex > 200) return undefined;
  const text = fn.text;
  if (!DOTTED.test(text)) return undefined;
  return text.split(/\s*\??\.\s*/);
}

/** Strips parentheses and TypeScript `as`/`!`/`satisfies` wrappers. */
export function unwrap(node: SyntaxNode | null | undefined): SyntaxNode | undefined {
  let cur = node ?? undefined;
  while (cur && ['parenthesized_expression', 'as_expression', 'non_null_expression', 'satisfies_expression'].includes(cur.type)) {
    cur = cur.namedChildren[0];
  }
  return cur;
}
