import { stringValue } from '../../../scanners/sast/engine/python/literals.js';
import type { PythonFile } from '../../../scanners/sast/engine/python/context.js';
import { ensureImport } from './imports.js';
import { assignmentsAt, replaceNode, startingAt, type Span, type SyntaxNode } from './python-unit.js';

/** A string literal written in the code and the name it is stored under. */
export interface LiteralSecret {
  value: SyntaxNode;
  name: string;
}

/**
 * The literal secrets on a row: `NAME = "…"`, `x.name = "…"`, `cfg["NAME"] = "…"`, `f(name="…")` and
 * `{"name": "…"}`; each with the name an environment variable for it would have.
 */
export function literalSecretsAt(file: PythonFile, row: number): LiteralSecret[] {
  const out: LiteralSecret[] = [];
  for (const a of assignmentsAt(file, row)) {
    if (a.name && stringValue(a.right) !== undefined) out.push({ value: a.right, name: a.name });
  }
  for (const kw of startingAt(file.nodes('keyword_argument'), row)) {
    const value = kw.childForFieldName('value');
    const name = kw.childForFieldName('name')?.text;
    if (value && name && stringValue(value) !== undefined) out.push({ value, name });
  }
  for (const pair of startingAt(file.nodes('pair'), row)) {
    const key = pair.childForFieldName('key');
    const value = pair.childForFieldName('value');
    const name = key ? stringValue(key) : undefined;
    if (value && name && stringValue(value) !== undefined) out.push({ value, name });
  }
  return out;
}

/** `aws_secret` → `AWS_SECRET`; anything that is not a valid variable name becomes underscores. */
export function envName(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9_]/g, '_').replace(/^(\d)/, '_$1');
}

/** Replaces each literal with `os.environ.get("NAME", "")` (or the given expression) and imports os. */
export function toEnvLookups(file: PythonFile, secrets: readonly LiteralSecret[], expression = (name: string) => `os.environ.get(${JSON.stringify(name)}, "")`): Span[] {
  const spans = secrets.map((s) => replaceNode(s.value, expression(envName(s.name))));
  const imp = ensureImport(file, 'import os', 'os');
  return imp ? [...spans, imp] : spans;
}
