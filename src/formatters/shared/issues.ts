import type { ScanIssue } from '../../core/model.js';
import { plural, sanitizeInline, truncate } from './text.js';

const MAX_EXAMPLES = 3;

/** Issues worth reading one by one (a file that would not parse); the rest are summarized by code. */
export function isListedIndividually(issue: ScanIssue): boolean {
  return /error/i.test(issue.code);
}

/** Issues grouped by code, in order of first appearance. */
export function groupIssues(issues: readonly ScanIssue[]): Map<string, ScanIssue[]> {
  const groups = new Map<string, ScanIssue[]>();
  for (const issue of issues) {
    const group = groups.get(issue.code);
    if (group) group.push(issue);
    else groups.set(issue.code, [issue]);
  }
  return groups;
}

function summaryLine(code: string, group: readonly ScanIssue[]): string {
  const paths = group.flatMap((i) => (i.path ? [i.path] : []));
  if (paths.length === group.length) {
    const examples = paths.slice(0, MAX_EXAMPLES).map(sanitizeInline).join(', ');
    const more = paths.length > MAX_EXAMPLES ? `, … (${paths.length - MAX_EXAMPLES} more)` : '';
    return `${plural(group.length, 'file')} skipped (${sanitizeInline(code)}): ${examples}${more}`;
  }
  return `${plural(group.length, 'issue')} (${sanitizeInline(code)}): ${sanitizeInline(group[0]?.message ?? '')}`;
}

function individualLine(issue: ScanIssue): string {
  const where = issue.path ? `${sanitizeInline(issue.path)}: ` : '';
  const by = issue.scanner ? ` (${sanitizeInline(issue.scanner)})` : '';
  return `${sanitizeInline(issue.code)}  ${where}${sanitizeInline(issue.message)}${by}`;
}

/** The lines of the issues section (without its header), each fitted to `width`. */
export function issueLines(issues: readonly ScanIssue[], width: number): string[] {
  const lines: string[] = [];
  for (const [code, group] of groupIssues(issues)) {
    const individual = group.filter(isListedIndividually);
    const summarized = group.filter((i) => !isListedIndividually(i));
    if (summarized.length > 0) lines.push(summaryLine(code, summarized));
    lines.push(...individual.map(individualLine));
  }
  return lines.map((line) => truncate(`  ${line}`, width));
}
