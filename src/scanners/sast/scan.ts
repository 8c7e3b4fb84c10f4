import { errorMessage } from '../../core/errors.js';
import { redactCredentials, redactValues } from '../../core/redact.js';
import { draftFinding } from '../draft-finding.js';
import type { DraftFinding, FileScanOutput, SourceFile } from '../types.js';
import { parseSource } from './engine/parser.js';
import { PythonFile } from './engine/python/context.js';
import type { PythonRule, SastMatch } from './rules/rule.js';

const MAX_SNIPPET_LINES = 5;

/** Parses a Python file and runs every rule on it; parse problems and rule failures become issues, never throws. */
export function scanPython(file: SourceFile, rules: readonly PythonRule[]): FileScanOutput {
  const parsed = parseSource(file.text, 'python');
  const issues: NonNullable<FileScanOutput['issues']> = parsed.issues.map((i) => ({ ...i, path: file.path }));
  if (!parsed.tree) return { findings: [], issues };
  const source = new PythonFile(file.path, file.text, parsed.tree);
  const findings: DraftFinding[] = [];
  for (const rule of rules) {
    try {
      const seen = new Set<number>();
      for (const match of rule.check(source)) {
        const key = match.node.startPosition.row;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(toFinding(rule, source, match));
      }
    } catch (err) {
      issues.push({ code: 'rule-error', message: `rule ${rule.meta.id} failed: ${errorMessage(err)}`, path: file.path });
    }
  }
  return { findings, issues };
}

function toFinding(rule: PythonRule, source: PythonFile, match: SastMatch): DraftFinding {
  const start = match.node.startPosition;
  const end = match.node.endPosition;
  const snippet = snippetOf(source, start.row, end.row, match.secrets ?? []);
  const meta = match.confidence ? { ...rule.meta, confidence: match.confidence } : rule.meta;
  return draftFinding(meta, {
    path: source.path,
    startLine: start.row + 1,
    startColumn: start.column + 1,
    endLine: end.row + 1,
    endColumn: end.column + 1,
    snippet,
    ...(match.message !== undefined && { message: match.message }),
    ...(match.trace && {
      evidence: redactCredentials(match.trace.map((s) => `${s.path}:${s.line} ${s.note}`).join('\n')),
      trace: match.trace.map((s) => ({ ...s, note: redactCredentials(s.note) })),
    }),
    fingerprintContent: `${rule.meta.id}|${snippet}`,
  });
}

/** The source lines of a match, whitespace collapsed, secrets and credentials masked. */
export function snippetOf(source: PythonFile, firstRow: number, lastRow: number, secrets: readonly string[]): string {
  const last = Math.min(lastRow, firstRow + MAX_SNIPPET_LINES - 1);
  const text = source.lines.slice(firstRow, last + 1).join(' ').replace(/\s+/g, ' ').trim();
  return redactCredentials(redactValues(text, secrets));
}
