import type { ScanResult } from '../../core/model.js';
import type { Summary } from '../shared/summary.js';
import { severityBreakdown } from '../shared/summary.js';
import type { GateOutcome } from '../types.js';
import type { Style } from './style.js';
import { plural, sanitizeInline } from '../shared/text.js';

export function formatDuration(ms: number): string {
  return `${(ms / 1000).toFixed(2)}s`;
}

export function gateVerdict(gate: GateOutcome): string {
  return gate.failed ? `gate: FAILED (${gate.count} at or above ${gate.failOn})` : 'gate: passed';
}

/**
 * `10 findings (1 critical, 4 high, 3 medium, 1 low, 1 info) · 1 suppressed · 7 issues · scanned with
 * sast, secrets in 0.42s · gate: FAILED (5 at or above high)`. Never truncated: it is the line CI logs show.
 */
export function summaryLine(result: ScanResult, summary: Summary, style: Style, gate?: GateOutcome): string {
  const counts = summary.findings > 0 ? ` (${severityBreakdown(summary.bySeverity, true)})` : '';
  const parts = [style.bold(`${plural(summary.findings, 'finding')}${counts}`)];
  if (summary.suppressed > 0) parts.push(`${summary.suppressed} suppressed`);
  if (summary.issues > 0) parts.push(plural(summary.issues, 'issue'));
  const scanners = result.scanners.map(sanitizeInline).join(', ');
  parts.push(`scanned${scanners ? ` with ${scanners}` : ''} in ${formatDuration(result.durationMs)}`);
  if (gate) parts.push(gate.failed ? style.bad(gateVerdict(gate)) : style.ok(gateVerdict(gate)));
  return parts.join(' · ');
}
