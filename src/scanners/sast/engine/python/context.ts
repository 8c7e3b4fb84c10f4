import type Parser from 'tree-sitter';
import { indexByType, type SyntaxNode } from '../walk.js';
import { isConstantExpression, moduleConstants } from './constants.js';
import { callInfoOf, indexCalls, type CallIndex, type CallInfo } from './calls.js';
import { importAliases, qualifiedName } from './imports.js';
import { targetName } from './targets.js';

/** An assignment's parts, read once (each read is a native call). */
export interface Assignment {
  node: SyntaxNode;
  left: SyntaxNode;
  right: SyntaxNode;
  /** What the target is called: `x`, `self.x`, `cfg['x']` → `x`. */
  name?: string;
}

export interface CallArguments {
  positional: SyntaxNode[];
  keywords: Map<string, SyntaxNode>;
  /** `*args` / `**kwargs` present: absent keywords may still be passed. */
  splat: boolean;
}

/** The node types rules may ask for; indexing only these keeps the one walk over the tree cheap. */
export const INDEXED_TYPES: ReadonlySet<string> = new Set([
  'assert_statement', 'assignment', 'augmented_assignment', 'call', 'default_parameter',
  'import_from_statement', 'import_statement', 'keyword_argument', 'pair',
]);

/**
 * One parsed Python file and the facts rules ask about it, computed once: nodes by type (one walk),
 * import aliases, module constants. Rules never walk the tree themselves.
 */
export class PythonFile {
  readonly lines: string[];
  readonly aliases: Map<string, string>;
  readonly constants: Set<string>;
  private readonly byType: Map<string, SyntaxNode[]>;
  /** Per-call memos: rules ask the same questions of the same calls (node access is a native call). */
  private readonly callNames = new Map<number, CallInfo>();
  private callIndex?: CallIndex;
  private assignmentList?: Assignment[];
  private readonly callArgs = new Map<number, CallArguments>();

  constructor(
    readonly path: string,
    readonly text: string,
    readonly tree: Parser.Tree,
  ) {
    this.lines = text.split(/\r?\n/);
    this.byType = indexByType(tree.rootNode, INDEXED_TYPES);
    this.aliases = importAliases([...this.nodes('import_statement'), ...this.nodes('import_from_statement')]);
    this.constants = moduleConstants(this.assignments());
  }

  /** Every named node of this type (one of INDEXED_TYPES), in document order. */
  nodes(type: string): readonly SyntaxNode[] {
    if (!INDEXED_TYPES.has(type)) throw new Error(`node type '${type}' is not indexed; add it to INDEXED_TYPES`);
    return this.byType.get(type) ?? [];
  }

  /** The qualified name of what a call calls (`h.md5(...)` → `hashlib.md5`), or undefined. */
  callName(call: SyntaxNode): string | undefined {
    return this.callInfo(call).name;
  }

  /** The method name of a call on an expression (`x.y().set_cookie(...)` → `set_cookie`), or undefined. */
  callMethod(call: SyntaxNode): string | undefined {
    return this.callInfo(call).method;
  }

  private callInfo(call: SyntaxNode): CallInfo {
    let info = this.callNames.get(call.id);
    if (!info) {
      info = callInfoOf(call, this.aliases);
      this.callNames.set(call.id, info);
    }
    return info;
  }

  /** Plain `=` assignments with both sides, in document order. */
  assignments(): readonly Assignment[] {
    if (!this.assignmentList) {
      this.assignmentList = [];
      for (const node of this.nodes('assignment')) {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!left || !right) continue;
        const name = targetName(left);
        this.assignmentList.push({ node, left, right, ...(name !== undefined && { name }) });
      }
    }
    return this.assignmentList;
  }

  /** The qualified name of a dotted expression (`a.b`), its head resolved through the imports. */
  nameOf(node: SyntaxNode): string | undefined {
    return qualifiedName(node, this.aliases);
  }

  /** Calls whose qualified name is one of `names`, or whose last dotted part is one of `methods`; document order. */
  calls(names: readonly string[], methods: readonly string[] = []): SyntaxNode[] {
    this.callIndex ??= indexCalls(this.nodes('call'), (call) => this.callInfo(call));
    return this.callIndex.lookup(names, methods);
  }

  args(call: SyntaxNode): CallArguments {
    const memo = this.callArgs.get(call.id);
    if (memo) return memo;
    const out: CallArguments = { positional: [], keywords: new Map(), splat: false };
    this.callArgs.set(call.id, out);
    const list = call.childForFieldName('arguments');
    if (!list || list.type !== 'argument_list') return out;
    for (const arg of list.namedChildren) {
      if (arg.type === 'keyword_argument') {
        const name = arg.childForFieldName('name')?.text;
        const value = arg.childForFieldName('value');
        if (name && value) out.keywords.set(name, value);
      } else if (arg.type === 'list_splat' || arg.type === 'dictionary_splat') {
        out.splat = true;
      } else if (arg.type !== 'comment') {
        out.positional.push(arg);
      }
    }
    return out;
  }

  /** A positional argument or the same parameter passed by keyword. */
  arg(call: SyntaxNode, index: number, keyword: string): SyntaxNode | undefined {
    const a = this.args(call);
    return a.keywords.get(keyword) ?? a.positional[index];
  }

  /** Literals and module constants only; with `sanitizers`, calls to those (qualified names) count as constant. */
  isConstant(node: SyntaxNode, sanitizers: readonly string[] = []): boolean {
    const isSafeCall = sanitizers.length > 0 ? (call: SyntaxNode) => sanitizers.includes(this.callName(call) ?? '') : undefined;
    return isConstantExpression(node, this.constants, isSafeCall);
  }
}
