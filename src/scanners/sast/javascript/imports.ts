import type { SyntaxNode } from '../engine/walk.js';

/** `node:fs` → `fs`, `fs/promises` → `fs.promises`, `child_process` stays. */
export function moduleName(specifier: string): string {
  return specifier.replace(/^node:/, '').replace(/\//g, '.');
}

/** The text of a string literal without substitutions (`'a'`, `"a"`, `` `a` ``), or undefined. */
export function stringText(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return node.text.slice(1, -1);
  if (node.type === 'template_string' && !node.namedChildren.some((c) => c.type === 'template_substitution')) return node.text.slice(1, -1);
  return undefined;
}

/** The module of `require('m')`, or of `require('m').a.b` with its property path (`m.a.b`). */
export function requiredModule(node: SyntaxNode | null | undefined): string | undefined {
  const props: string[] = [];
  let cur = node ?? null;
  while (cur && (cur.type === 'member_expression' || cur.type === 'await_expression' || cur.type === 'parenthesized_expression')) {
    if (cur.type === 'member_expression') {
      const prop = cur.childForFieldName('property');
      if (!prop) return undefined;
      props.unshift(prop.text);
      cur = cur.childForFieldName('object');
    } else {
      cur = cur.namedChildren[0] ?? null;
    }
  }
  if (!cur || cur.type !== 'call_expression' || cur.childForFieldName('function')?.text !== 'require') return undefined;
  const spec = stringText(cur.childForFieldName('arguments')?.namedChildren[0]);
  return spec === undefined ? undefined : [moduleName(spec), ...props].join('.');
}

/**
 * Local name → qualified name from ES imports and CommonJS requires: `const cp = require('child_process')`
 * gives `cp → child_process`, `const { exec: run } = require('child_process')` gives `run → child_process.exec`,
 * `import * as fs from 'fs'` gives `fs → fs`, `import { exec } from 'child_process'` gives `exec → child_process.exec`.
 * A default import is the module itself (`import axios from 'axios'`).
 */
export function importAliases(imports: readonly SyntaxNode[], declarators: readonly SyntaxNode[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const node of imports) {
    const spec = stringText(node.childForFieldName('source'));
    if (spec === undefined) continue;
    const mod = moduleName(spec);
    const clause = node.namedChildren.find((c) => c.type === 'import_clause');
    for (const part of clause?.namedChildren ?? []) {
      if (part.type === 'identifier') aliases.set(part.text, mod);
      else if (part.type === 'namespace_import') {
        const id = part.namedChildren.find((c) => c.type === 'identifier');
        if (id) aliases.set(id.text, mod);
      } else if (part.type === 'named_imports') {
        for (const s of part.namedChildren) {
          if (s.type !== 'import_specifier') continue;
          const name = s.childForFieldName('name')?.text;
          const alias = s.childForFieldName('alias')?.text ?? name;
          if (name && alias) aliases.set(alias, name === 'default' ? mod : `${mod}.${name}`);
        }
      }
    }
  }
  for (const decl of declarators) {
    const mod = requiredModule(decl.childForFieldName('value'));
    const name = decl.childForFieldName('name');
    if (mod === undefined || !name) continue;
    if (name.type === 'identifier') aliases.set(name.text, mod);
    else if (name.type === 'object_pattern') {
      for (const p of name.namedChildren) {
        if (p.type === 'shorthand_property_identifier_pattern') aliases.set(p.text, `${mod}.${p.text}`);
        else if (p.type === 'pair_pattern') {
          const key = p.childForFieldName('key')?.text;
          const value = p.childForFieldName('value');
          if (key && value?.type === 'identifier') aliases.set(value.text, `${mod}.${key}`);
        }
      }
    }
  }
  return aliases;
}

/**
 * The dotted name of `a.b.c` (also `a?.b`, `a['b']`, `require('m').b`), its head resolved through the
 * aliases; undefined for anything else.
 */
export function qualifiedName(node: SyntaxNode, aliases: ReadonlyMap<string, string>): string | undefined {
  const parts: string[] = [];
  let cur: SyntaxNode | null = node;
  for (;;) {
    if (!cur) return undefined;
    if (cur.type === 'member_expression') {
      const prop = cur.childForFieldName('property');
      if (!prop) return undefined;
      parts.unshift(prop.text);
      cur = cur.childForFieldName('object');
    } else if (cur.type === 'subscript_expression') {
      const key = stringText(cur.childForFieldName('index'));
      if (key === undefined) return undefined;
      parts.unshift(key);
      cur = cur.childForFieldName('object');
    } else if (cur.type === 'parenthesized_expression' || cur.type === 'non_null_expression' || cur.type === 'as_expression') {
      cur = cur.namedChildren[0] ?? null;
    } else break;
  }
  if (cur.type === 'identifier') parts.unshift(aliases.get(cur.text) ?? cur.text);
  else if (cur.type === 'this') parts.unshift('this');
  else {
    const mod = requiredModule(cur);
    if (mod === undefined) return undefined;
    parts.unshift(mod);
  }
  return parts.join('.');
}
