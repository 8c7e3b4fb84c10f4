import type { ScanResult } from '../../core/model.js';
import { activeFindings, summarize } from '../shared/summary.js';
import type { Formatter, RenderOptions } from '../types.js';
import { escapeMarkdown } from '../shared/escape.js';
import { countsSection, expiredSection, findingsSection, footer, gateSection, issuesSection, propertiesSection } from './sections.js';

/** A summary for a PR comment or `$GITHUB_STEP_SUMMARY`; every scanned value is escaped. */
export function renderMarkdown(result: ScanResult, options: RenderOptions): string {
  const summary = summarize(result, options.gate);
  const findings = activeFindings(result);
  const title = `## patchline: ${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${escapeMarkdown(result.target.ref)}`;
  const lines = [
    title,
    '',
    ...(options.gate ? gateSection(options.gate) : []),
    ...countsSection(summary),
    ...findingsSection(findings),
    ...expiredSection(findings),
    ...issuesSection(result.issues),
    ...propertiesSection(result),
    footer(result),
  ];
  return `${lines.join('\n')}\n`;
}

export const markdownFormatter = {
  meta: {
    id: 'markdown',
    version: '1.0.0',
    summary: 'A Markdown summary for pull-request comments and GitHub step summaries.',
  },
  extension: 'md',
  render(result: ScanResult, options: RenderOptions): string {
    return renderMarkdown(result, options);
  },
} satisfies Formatter;
