import type { Finding, ScanIssue, ScanResult } from '../../core/model.js';
import { SEVERITIES } from '../../core/model.js';
import type { Summary } from '../shared/summary.js';
import { groupIssues } from '../shared/issues.js';
import { compareFindings, locationLabel } from '../shared/location.js';
import type { GateOutcome } from '../types.js';
import { clip, escapeMarkdown } from '../shared/escape.js';

export const MAX_FINDINGS = 50;
const MAX_CELL = 120;

function badge(severity: string): string {
  return `\`${severity.toUpperCase()}\``;
}

function cell(text: string): string {
  return escapeMarkdown(clip(text, MAX_CELL));
}

function table(header: readonly string[], rows: readonly string[][], align?: readonly string[]): string[] {
  const rule = header.map((_, i) => align?.[i] ?? '---');
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}

export function gateSection(gate: GateOutcome): string[] {
  const verdict = gate.failed
    ? `**Gate: FAILED** — ${gate.count} finding${gate.count === 1 ? '' : 's'} at or above \`${gate.failOn}\`.`
    : `**Gate: passed** — nothing at or above \`${gate.failOn}\`.`;
  return [verdict, ''];
}

export function countsSection(summary: Summary): string[] {
  const rows = SEVERITIES.map((s) => [badge(s), String(summary.bySeverity[s])]);
  rows.push(['Suppressed', String(summary.suppressed)]);
  return [...table(['Severity', 'Findings'], rows, ['---', '---:']), ''];
}

export function findingsSection(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ['No findings.', ''];
  const shown = [...findings].sort(compareFindings).slice(0, MAX_FINDINGS);
  const rows = shown.map((f) => [
    badge(f.severity),
    cell(f.ruleId),
    cell(locationLabel(f.location)),
    cell(f.title) + (f.suppression?.status === 'expired' ? ' _(exception expired)_' : ''),
  ]);
  const lines = ['### Findings', '', ...table(['Severity', 'Rule', 'Location', 'Title'], rows)];
  const more = findings.length - shown.length;
  if (more > 0) {
    lines.push('', `_…and ${more} more finding${more === 1 ? '' : 's'} not shown; see the full report._`);
  }
  return [...lines, ''];
}

export function expiredSection(findings: readonly Finding[]): string[] {
  const expired = findings.filter((f) => f.suppression?.status === 'expired').sort(compareFindings);
  if (expired.length === 0) return [];
  const rows = expired.map((f) => [
    cell(f.ruleId),
    cell(locationLabel(f.location)),
    cell(f.suppression?.expires ?? ''),
    cell(f.suppression?.reason ?? ''),
  ]);
  return ['### Expired exceptions', '', ...table(['Rule', 'Location', 'Expired', 'Reason'], rows), ''];
}

export function issuesSection(issues: readonly ScanIssue[]): string[] {
  if (issues.length === 0) return [];
  const byCode = [...groupIssues(issues)].map(([code, group]) => `${group.length} × ${escapeMarkdown(code)}`);
  const noun = issues.length === 1 ? 'issue' : 'issues';
  return [`**${issues.length} non-fatal ${noun}** while scanning: ${byCode.join(', ')}.`, ''];
}

/** Facts imported reports carry, such as a SonarQube quality gate. */
export function propertiesSection(result: ScanResult): string[] {
  const facts = Object.entries(result.properties ?? {});
  if (facts.length === 0) return [];
  return ['### Imported reports', '', ...table(['Property', 'Value'], facts.map(([k, v]) => [cell(k), cell(v)])), ''];
}

export function footer(result: ScanResult): string {
  const scanners = result.scanners.map(escapeMarkdown).join(', ');
  const seconds = (result.durationMs / 1000).toFixed(2);
  return `<sub>${escapeMarkdown(result.tool.name)} ${escapeMarkdown(result.tool.version)} · scanned with ${scanners || 'no scanners'} in ${seconds}s</sub>`;
}
