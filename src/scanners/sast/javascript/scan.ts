import { errorMessage } from '../../../core/errors.js';
import { redactCredentials, redactValues } from '../../../core/redact.js';
import { draftFinding } from '../../draft-finding.js';
import type { DraftFinding, FileScanOutput, SourceFile } from '../../types.js';
import { ScriptFile } from './context.js';
import { parseScript, scriptLanguage } from './parser.js';
import type { ScriptMatch, ScriptRule } from './rules/rule.js';

const MAX_SNIPPET_LINES = 5;

/** Parses a JavaScript/TypeScript file and runs every rule on it; problems become issues, never throws. */
export function scanScript(file: SourceFile, rules: readonly ScriptRule[]): FileScanOutput {
  const language = scriptLanguage(file.path) ?? 'javascript';
  const parsed = parseScript(file.text, language);
  const issues: NonNullable<FileScanOutput['issues']> = parsed.issues.map((i) => ({ ...i, path: file.path }));
  if (!parsed.tree) return { findings: [], issues };
  const source = new ScriptFile(file.path, file.text, parsed.tree);
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

function toFinding(rule: ScriptRule, source: ScriptFile, match: ScriptMatch): DraftFinding {
  const start = match.node.startPosition;
  const end = match.node.endPosition;
  const last = Math.min(end.row, start.row + MAX_SNIPPET_LINES - 1);
  const text = source.lines.slice(start.row, last + 1).join(' ').replace(/\s+/g, ' ').trim();
  const snippet = redactCredentials(redactValues(text, match.secrets ?? []));
  const finding = draftFinding(rule.meta, {
    path: source.path,
    startLine: start.row + 1,
    startColumn: start.column + 1,
    endLine: end.row + 1,
    endColumn: end.column + 1,
    snippet,
    ...(match.message !== undefined && { message: match.message }),
    fingerprintContent: `${rule.meta.id}|${snippet}`,
  });
  return match.confidence ? { ...finding, confidence: match.confidence } : finding;
}
