import type { SyntaxNode } from '../shared/python-unit.js';

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

/** Gives each value passed to a template a readable, unique variable name. */
export class TemplateNames {
  private readonly used: Set<string>;

  constructor(taken: Iterable<string>) {
    this.used = new Set(taken);
  }

  /** A name from the hint (`{path}` → path), else from the expression (`request.path` → path), else `value`. */
  name(expr: SyntaxNode, hint?: string): string {
    const fromHint = hint?.replace(/[^A-Za-z0-9_]/g, '');
    const fromExpr = expr.type === 'identifier' ? expr.text : expr.type === 'attribute' ? expr.childForFieldName('attribute')?.text : undefined;
    let base = [fromHint, fromExpr].find((n) => n && /^[A-Za-z_]\w*$/.test(n) && !KEYWORDS.has(n)) ?? 'value';
    if (base.startsWith('_')) base = `v${base}`;
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}${i}`;
    this.used.add(name);
    return name;
  }
}
