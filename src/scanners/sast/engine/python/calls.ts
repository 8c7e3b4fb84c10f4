import type { SyntaxNode } from '../walk.js';
import { qualifiedName } from './imports.js';

/** What a call calls: its qualified name (`hashlib.md5`) and, on an attribute, the method name (`md5`). */
export interface CallInfo {
  name?: string;
  method?: string;
}

/** `a.b.c` written plainly: then the text alone gives the parts, without reading the tree node by node. */
const DOTTED = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
/** Words that look like names but are literals in the tree (`None.x` has no qualified name). */
const LITERAL_HEADS = new Set(['None', 'True', 'False']);

export function callInfoOf(call: SyntaxNode, aliases: ReadonlyMap<string, string>): CallInfo {
  const fn = call.childForFieldName('function');
  if (!fn) return {};
  const type = fn.type;
  if (type === 'identifier' || type === 'attribute') {
    const text = fn.text;
    const dot = text.indexOf('.');
    const head = dot < 0 ? text : text.slice(0, dot);
    if (DOTTED.test(text) && !LITERAL_HEADS.has(head)) {
      const name = (aliases.get(head) ?? head) + (dot < 0 ? '' : text.slice(dot));
      return type === 'attribute' ? { name, method: text.slice(text.lastIndexOf('.') + 1) } : { name };
    }
  }
  const name = qualifiedName(fn, aliases);
  const method = type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
  return { ...(name !== undefined && { name }), ...(method !== undefined && { method }) };
}

export interface CallIndex {
  /** Calls whose name is one of `names`, or whose method or last name part is one of `methods`; document order. */
  lookup(names: readonly string[], methods: readonly string[]): SyntaxNode[];
}

/** Calls (in document order) by name, method and last name part, so each rule's lookup is a few map reads. */
export function indexCalls(calls: readonly SyntaxNode[], infoOf: (call: SyntaxNode) => CallInfo): CallIndex {
  const byName = new Map<string, number[]>();
  const byMethod = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  calls.forEach((call, i) => {
    const { name, method } = infoOf(call);
    if (name !== undefined) add(byName, name, i);
    if (method !== undefined) add(byMethod, method, i);
    const last = name?.slice(name.lastIndexOf('.') + 1);
    if (last !== undefined && last !== method) add(byMethod, last, i);
  });
  return {
    lookup(names, methods) {
      const found = new Set<number>();
      for (const name of names) for (const i of byName.get(name) ?? []) found.add(i);
      for (const method of methods) for (const i of byMethod.get(method) ?? []) found.add(i);
      return [...found].sort((a, b) => a - b).map((i) => calls[i]!);
    },
  };
}
