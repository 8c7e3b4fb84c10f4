import type { SyntaxNode } from '../walk.js';

/**
 * Local name → fully qualified name, from every import in the file (also those inside functions, which
 * the demo app uses for optional dependencies): `import hashlib as h` gives `h → hashlib`,
 * `from os import system` gives `system → os.system`, `import os.path` gives `os → os`.
 */
export function importAliases(importNodes: readonly SyntaxNode[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const node of importNodes) {
    if (node.type === 'import_statement') {
      for (const name of node.childrenForFieldName('name')) {
        if (name.type === 'aliased_import') {
          const target = name.childForFieldName('name')?.text;
          const alias = name.childForFieldName('alias')?.text;
          if (target && alias) aliases.set(alias, target);
        } else {
          const head = name.text.split('.')[0]!;
          aliases.set(head, head);
        }
      }
    } else if (node.type === 'import_from_statement') {
      const module = node.childForFieldName('module_name');
      if (!module || module.type === 'relative_import') continue;
      for (const name of node.childrenForFieldName('name')) {
        if (name.type === 'aliased_import') {
          const target = name.childForFieldName('name')?.text;
          const alias = name.childForFieldName('alias')?.text;
          if (target && alias) aliases.set(alias, `${module.text}.${target}`);
        } else {
          aliases.set(name.text, `${module.text}.${name.text}`);
        }
      }
    }
  }
  return aliases;
}

/**
 * The dotted name of an expression made of identifiers and attributes (`a.b.c`), its head resolved
 * through the imports; undefined for anything else (calls, subscripts).
 */
export function qualifiedName(node: SyntaxNode, aliases: ReadonlyMap<string, string>): string | undefined {
  const parts: string[] = [];
  let cur: SyntaxNode | null = node;
  while (cur && cur.type === 'attribute') {
    const attr = cur.childForFieldName('attribute');
    if (!attr) return undefined;
    parts.unshift(attr.text);
    cur = cur.childForFieldName('object');
  }
  if (!cur || cur.type !== 'identifier') return undefined;
  parts.unshift(aliases.get(cur.text) ?? cur.text);
  return parts.join('.');
}
