import type { Directives, ParseIssue } from './types.js';

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const KNOWN = new Set(['syntax', 'escape', 'check']);

export interface DirectiveResult {
  directives: Directives;
  /** Index of the first line that is not a parser directive. */
  bodyStart: number;
}

/**
 * Parser directives are only honoured at the very top: the first comment that is not a directive, the first
 * empty line or the first instruction ends them (BuildKit's rule). Unknown directive names are plain comments.
 */
export function readDirectives(lines: readonly string[], issues: ParseIssue[]): DirectiveResult {
  const directives: Directives = { escape: '\\' };
  const seen = new Set<string>();
  let i = 0;
  for (; i < lines.length; i++) {
    const m = DIRECTIVE.exec(lines[i]!.trim());
    if (!m) break;
    const name = m[1]!.toLowerCase();
    if (!KNOWN.has(name)) break;
    const value = m[2]!;
    if (seen.has(name)) {
      issues.push({ line: i + 1, message: `only one '${name}' parser directive can be used; this one is ignored` });
      continue;
    }
    seen.add(name);
    if (name === 'escape') {
      if (value === '\\' || value === '`') directives.escape = value;
      else issues.push({ line: i + 1, message: `invalid escape directive '${value}': must be \` or \\; using \\` });
    } else if (name === 'syntax') {
      directives.syntax = value;
    } else {
      directives.check = value;
    }
  }
  return { directives, bodyStart: i };
}
