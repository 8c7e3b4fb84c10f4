import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type Parser from 'tree-sitter';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../../../core/paths.js';
import { SCRIPT_INDEXED_TYPES } from '../javascript/context.js';
import { parseSource } from './parser.js';
import { INDEXED_TYPES } from './python/context.js';
import { closestAncestor, descendants, indexByType, type SyntaxNode } from './walk.js';

const require = createRequire(import.meta.url);
const ParserClass = require('tree-sitter') as typeof Parser;
const ts = require('tree-sitter-typescript') as { typescript: unknown; tsx: unknown };

/** Does the grammar have an anonymous token of this name (`"lambda"`)? A query naming an unknown one does not compile. */
function hasAnonymous(language: unknown, type: string): boolean {
  try {
    new ParserClass.Query(language, `"${type}" @x`);
    return true;
  } catch {
    return false;
  }
}

describe('indexByType', () => {
  it('indexes only types no anonymous token shares a name with (it matches by name, named or not)', () => {
    const grammars: [unknown, ReadonlySet<string>][] = [
      [require('tree-sitter-python'), INDEXED_TYPES],
      [require('tree-sitter-javascript'), SCRIPT_INDEXED_TYPES],
      [ts.typescript, SCRIPT_INDEXED_TYPES],
      [ts.tsx, SCRIPT_INDEXED_TYPES],
    ];
    for (const [language, types] of grammars) expect([...types].filter((t) => hasAnonymous(language, t))).toEqual([]);
    expect(hasAnonymous(require('tree-sitter-python'), 'lambda')).toBe(true);
  });

  it('finds the same nodes as a walk over every node, in document order', () => {
    const text = readFileSync(fromPackageRoot('examples', 'flask-app', 'app.py'), 'utf8');
    const root = parseSource(text, 'python').tree!.rootNode;
    const index = indexByType(root, INDEXED_TYPES);
    for (const type of INDEXED_TYPES) {
      const walked = [...descendants(root)].filter((n) => n.isNamed && n.type === type);
      expect((index.get(type) ?? []).map((n) => n.id)).toEqual(walked.map((n) => n.id));
    }
    expect(index.get('call')!.length).toBeGreaterThan(100);
  });
});

describe('closestAncestor', () => {
  it('agrees with walking up the parents for every node, lambdas as statements and nested scopes included', () => {
    const text = [
      readFileSync(fromPackageRoot('examples', 'flask-app', 'app.py'), 'utf8'),
      'lambda: x',
      'class A:',
      '    def f(self, g=lambda y: y + 1):',
      '        def inner(): return lambda: (lambda: 0)',
      '        return inner',
      'def broken(:',
      '    pass',
    ].join('\n');
    const root = parseSource(text, 'python').tree!.rootNode;
    const types = ['function_definition', 'lambda', 'class_definition'];
    const byParents = (n: SyntaxNode) => {
      for (let p = n.parent; p; p = p.parent) if (types.includes(p.type)) return p.id;
      return undefined;
    };
    let scoped = 0;
    for (const node of descendants(root)) {
      const expected = byParents(node);
      expect(closestAncestor(node, types)?.id).toBe(expected);
      if (expected !== undefined) scoped++;
    }
    expect(scoped).toBeGreaterThan(1000);
  });
});
