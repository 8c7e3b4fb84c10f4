import type { SyntaxNode } from '../engine/walk.js';
import { ifGuardEvents, type GuardOp, type GuardsWhen } from './guard-flow.js';

/** One thing the data flow does, in the order it happens: bind a target, or reach a call. */
export interface FlowEvent {
  kind: 'assign' | 'augment' | 'for' | 'walrus' | 'call' | 'return' | 'guard';
  node: SyntaxNode;
  /** Inside a branch or loop body: a binding there adds to what the name held instead of replacing it. */
  conditional: boolean;
  /** Source offset at which the event takes effect (an assignment after its right-hand side). */
  at: number;
  /** In a branch that never runs (`if False:`, `if FLAG:` with `FLAG = False`): calls there see no taint. */
  dead?: boolean;
  /** Node id of the outermost loop the event is part of (its body, header, or the loop itself). */
  loop?: number;
  /** For `guard` events: what an allow-list test does to the names it checks (guard-flow.ts). */
  guard?: GuardOp;
}

export interface ScopeEvents {
  events: FlowEvent[];
}

const CONDITIONAL = new Set([
  'if_statement', 'elif_clause', 'else_clause', 'for_statement', 'while_statement', 'except_clause',
  'match_statement', 'case_clause', 'conditional_expression', 'boolean_operator', 'list_comprehension',
  'dictionary_comprehension', 'set_comprehension', 'generator_expression',
]);
const DEAD = '<dead>';
const LOOPS = new Set(['for_statement', 'while_statement']);
const EVENT_KIND: Record<string, FlowEvent['kind']> = {
  assignment: 'assign', augmented_assignment: 'augment', for_statement: 'for', named_expression: 'walrus', call: 'call',
  return_statement: 'return',
};

/**
 * The flow events of one scope (a function body, or the module without its functions) in the order they
 * take effect. Nested functions are their own scopes. Walked with a cursor and an ancestor-type stack.
 */
export function scopeEvents(
  scope: SyntaxNode,
  isFalse: (condition: SyntaxNode) => boolean = () => false,
  guardsWhen?: GuardsWhen,
): ScopeEvents {
  const events: FlowEvent[] = [];
  const isModule = scope.type === 'module';
  const body = isModule ? scope : scope.childForFieldName('body');
  if (!body) return { events };
  const stack: string[] = [];
  let conditional = 0;
  let loops = 0;
  let outerLoop = -1;
  const deadStarts = new Set<number>();
  let dead = 0;
  const cursor = body.walk();
  for (;;) {
    const type = cursor.nodeType;
    const nested = stack.length > 0 && (type === 'function_definition' || (!isModule && type === 'class_definition'));
    if (!nested) {
      const kind = EVENT_KIND[type];
      if (loops === 0 && LOOPS.has(type)) outerLoop = cursor.currentNode.id;
      if (type === 'if_statement') {
        const condition = cursor.currentNode.childForFieldName('condition');
        const consequence = cursor.currentNode.childForFieldName('consequence');
        if (condition && consequence && isFalse(condition)) deadStarts.add(consequence.startIndex);
        else if (guardsWhen && dead === 0) {
          const loop = loops > 0 ? { loop: outerLoop } : {};
          for (const { at, guard } of ifGuardEvents(cursor.currentNode, guardsWhen)) {
            events.push({ kind: 'guard', node: cursor.currentNode, conditional: conditional > 0, at, guard, ...loop });
          }
        }
      }
      if (kind) {
        const node = cursor.currentNode;
        const loop = loops > 0 || LOOPS.has(type) ? { loop: outerLoop } : {};
        events.push({ kind, node, conditional: conditional > 0, at: effectAt(kind, node), ...loop, ...(dead > 0 && { dead: true }) });
      }
    }
    const deadBlock = cursor.currentFieldName === 'consequence' && deadStarts.has(cursor.startIndex);
    if (!nested && cursor.gotoFirstChild()) {
      stack.push(deadBlock ? DEAD : type);
      if (deadBlock) dead++;
      if (CONDITIONAL.has(type)) conditional++;
      if (LOOPS.has(type)) loops++;
      continue;
    }
    for (;;) {
      if (stack.length === 0) return { events: events.sort((a, b) => a.at - b.at) };
      if (cursor.gotoNextSibling()) break;
      cursor.gotoParent();
      const left = stack.pop()!;
      if (left === DEAD) dead--;
      if (CONDITIONAL.has(left)) conditional--;
      if (LOOPS.has(left)) loops--;
    }
  }
}

function effectAt(kind: FlowEvent['kind'], node: SyntaxNode): number {
  if (kind === 'call') return node.startIndex;
  if (kind === 'for') return node.childForFieldName('right')?.endIndex ?? node.startIndex;
  return node.endIndex;
}
