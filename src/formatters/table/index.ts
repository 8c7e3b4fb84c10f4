import type { ScanResult } from '../../core/model.js';
import { SEVERITIES } from '../../core/model.js';
import { activeFindings, summarize } from '../shared/summary.js';
import type { Formatter, RenderOptions } from '../types.js';
import { findingBlock } from './finding-block.js';
import { issueLines } from '../shared/issues.js';
import { compareFindings } from '../shared/location.js';
import { createStyle } from './style.js';
import { summaryLine } from './summary-line.js';
import { sanitizeInline, terminalWidth, truncate } from '../shared/text.js';

/** The default terminal output: findings grouped by severity, issues summarized, one summary line last. */
export function renderTable(result: ScanResult, options: RenderOptions, width = terminalWidth()): string {
  const style = createStyle(options.color);
  const findings = activeFindings(result).sort(compareFindings);
  const lines: string[] = [];
  if (findings.length === 0) lines.push(style.ok('No findings.'), '');
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(style.bold(style.severity(severity, `${severity.toUpperCase()} (${group.length})`)));
    for (const finding of group) lines.push(...findingBlock(finding, style, width), '');
  }
  if (result.issues.length > 0) {
    lines.push(style.bold(`Issues (${result.issues.length})`), ...issueLines(result.issues, width), '');
  }
  const facts = Object.entries(result.properties ?? {});
  if (facts.length > 0) {
    lines.push(style.bold('Imported reports'), ...facts.map(([k, v]) => truncate(`  ${sanitizeInline(k)}: ${sanitizeInline(v)}`, width)), '');
  }
  lines.push(summaryLine(result, summarize(result, options.gate), style, options.gate));
  return `${lines.join('\n')}\n`;
}

export const tableFormatter = {
  meta: {
    id: 'table',
    version: '1.0.0',
    summary: 'Terminal output: findings grouped by severity, issues summarized, a one-line verdict last.',
  },
  extension: 'txt',
  render(result: ScanResult, options: RenderOptions): string {
    return renderTable(result, options);
  },
} satisfies Formatter;
