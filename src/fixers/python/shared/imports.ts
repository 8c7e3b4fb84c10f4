import type { PythonFile } from '../../../scanners/sast/engine/python/context.js';
import type { Span } from './python-unit.js';

/**
 * An `import x` / `from m import n` line added after the module's last top-level import (after the
 * docstring when there is none), unless the module already binds the name.
 */
export function ensureImport(file: PythonFile, statement: string, binds: string): Span | undefined {
  if (file.aliases.get(binds) === statementTarget(statement)) return undefined;
  const root = file.tree.rootNode;
  const tops = root.namedChildren;
  const sorted = statement.startsWith('import ') ? inPlainImportRun(file, statement) : undefined;
  if (sorted) return sorted;
  const imports = tops.filter((n) => n.type === 'import_statement' || n.type === 'import_from_statement');
  const after = imports.at(-1) ?? (tops[0]?.type === 'expression_statement' && tops[0].firstNamedChild?.type === 'string' ? tops[0] : undefined);
  if (!after) return { start: 0, end: 0, text: `${statement}\n` };
  const lineEnd = file.text.indexOf('\n', after.endIndex);
  const at = lineEnd < 0 ? file.text.length : lineEnd + 1;
  return { start: at, end: at, text: `${lineEnd < 0 ? '\n' : ''}${statement}\n` };
}

/** `import x` goes into the module's first run of plain imports, in alphabetical order (PEP 8 groups). */
function inPlainImportRun(file: PythonFile, statement: string): Span | undefined {
  const tops = file.tree.rootNode.namedChildren;
  const first = tops.findIndex((n) => n.type === 'import_statement');
  if (first < 0) return undefined;
  let last = first;
  while (tops[last + 1]?.type === 'import_statement') last++;
  const run = tops.slice(first, last + 1);
  const next = run.find((n) => n.text > statement);
  if (next) return { start: next.startIndex, end: next.startIndex, text: `${statement}\n` };
  const lineEnd = file.text.indexOf('\n', run.at(-1)!.endIndex);
  const at = lineEnd < 0 ? file.text.length : lineEnd + 1;
  return { start: at, end: at, text: `${lineEnd < 0 ? '\n' : ''}${statement}\n` };
}

/** What `import os` or `from werkzeug.security import generate_password_hash` binds the name to. */
function statementTarget(statement: string): string {
  const from = /^from\s+(\S+)\s+import\s+(\S+)/.exec(statement);
  if (from) return `${from[1]}.${from[2]}`;
  return /^import\s+(\S+)/.exec(statement)![1]!;
}
