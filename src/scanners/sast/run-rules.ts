import type Parser from 'tree-sitter';
import { errorMessage } from '../../core/errors.js';
import type { RuleMeta } from '../../core/model.js';
import { redactCredentials, redactValues } from '../../core/redact.js';
import { draftFinding } from '../draft-finding.js';
import type { DraftFinding, FileScanOutput, SourceFile } from '../types.js';
import type { ParseOutput } from './engine/parser.js';
import type { SastMatch } from './rules/rule.js';

const MAX_SNIPPET_LINES = 5;

interface ParsedSource {
  path: string;
  lines: readonly string[];
}

interface SastRuleLike<S, M> {
  meta: RuleMeta;
  check(source: S): Iterable<M>;
}

/**
 * Runs every rule of one language on a parsed file: one finding per rule and line, a rule that throws
 * becomes an issue, parse problems are issues too; never throws. Python and JavaScript share it.
 */
export function runRules<S extends ParsedSource, M extends SastMatch>(
  file: SourceFile,
  parsed: ParseOutput,
  open: (tree: Parser.Tree) => S,
  rules: readonly SastRuleLike<S, M>[],
): FileScanOutput {
  const issues: NonNullable<FileScanOutput['issues']> = parsed.issues.map((i) => ({ ...i, path: file.path }));
  if (!parsed.tree) return { findings: [], issues };
  const source = open(parsed.tree);
  const findings: DraftFinding[] = [];
  for (const rule of rules) {
    try {
      const seen = new Set<number>();
      for (const match of rule.check(source)) {
        const key = match.node.startPosition.row;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(toFinding(rule.meta, source, match));
      }
    } catch (err) {
      issues.push({ code: 'rule-error', message: `rule ${rule.meta.id} failed: ${errorMessage(err)}`, path: file.path });
    }
  }
  return { findings, issues };
}

function toFinding(rule: RuleMeta, source: ParsedSource, match: SastMatch): DraftFinding {
  const start = match.node.startPosition;
  const end = match.node.endPosition;
  const snippet = snippetOf(source, start.row, end.row, match.secrets ?? []);
  const meta = match.confidence ? { ...rule, confidence: match.confidence } : rule;
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
    fingerprintContent: `${rule.id}|${snippet}`,
  });
}

/** The source lines of a match, whitespace collapsed, secrets and credentials masked. */
export function snippetOf(source: ParsedSource, firstRow: number, lastRow: number, secrets: readonly string[]): string {
  const last = Math.min(lastRow, firstRow + MAX_SNIPPET_LINES - 1);
  const text = source.lines.slice(firstRow, last + 1).join(' ').replace(/\s+/g, ' ').trim();
  return redactCredentials(redactValues(text, secrets));
}
