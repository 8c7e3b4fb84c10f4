import type { Finding } from '../../core/model.js';
import { locationLabel } from '../shared/location.js';
import type { Style } from './style.js';
import { sanitizeInline, truncate } from '../shared/text.js';

const SEVERITY_WIDTH = 8;
/** Continuation lines start under the rule id. */
const INDENT = ' '.repeat(2 + SEVERITY_WIDTH + 2);

export function expiredNote(finding: Finding): string | undefined {
  const s = finding.suppression;
  if (s?.status !== 'expired') return undefined;
  const when = s.expires ? ` ${s.expires}` : '';
  return `[exception expired${when}: ${s.reason}]`;
}

/**
 * One finding as a compact block: severity, rule id and title on the first line; location, evidence,
 * message, an expired exception and the fix hint under it. Every line fits `width`.
 */
export function findingBlock(finding: Finding, style: Style, width: number): string[] {
  const head = `  ${finding.severity.padEnd(SEVERITY_WIDTH)}  `;
  const first = `${sanitizeInline(finding.ruleId)}  ${sanitizeInline(finding.title)}`;
  const lines = [style.severity(finding.severity, head) + style.bold(truncate(first, width - head.length))];
  const body = (text: string): string => truncate(`${INDENT}${sanitizeInline(text)}`, width);
  lines.push(body(locationLabel(finding.location)));
  if (finding.evidence) lines.push(body(`evidence: ${finding.evidence}`));
  lines.push(body(finding.message));
  const expired = expiredNote(finding);
  if (expired) lines.push(style.warn(body(expired)));
  if (finding.fix) lines.push(style.dim(body(`fix: ${finding.fix}`)));
  return lines;
}
