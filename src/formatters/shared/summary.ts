import { z } from 'zod';
import type { Finding, ScanResult, Severity } from '../../core/model.js';
import { ScanResultSchema, SEVERITIES, SeveritySchema } from '../../core/model.js';
import { isActive } from '../../core/policy.js';
import type { GateOutcome } from '../types.js';

/**
 * The `summary` every report carries: counts of the findings that count (not under an active exception),
 * by severity. The JSON format publishes it; the table and markdown formats present the same numbers.
 */
export const SeverityCountsSchema = z.object({
  critical: z.number().int().nonnegative(),
  high: z.number().int().nonnegative(),
  medium: z.number().int().nonnegative(),
  low: z.number().int().nonnegative(),
  info: z.number().int().nonnegative(),
});
export interface SeverityCounts extends z.infer<typeof SeverityCountsSchema> {}

export const GateSummarySchema = z.object({
  failOn: SeveritySchema,
  failed: z.boolean(),
  count: z.number().int().nonnegative(),
});

export const SummarySchema = z.object({
  /** Findings not under an active exception (those with an expired exception count). */
  findings: z.number().int().nonnegative(),
  bySeverity: SeverityCountsSchema,
  /** Findings hidden by an active exception. */
  suppressed: z.number().int().nonnegative(),
  /** Findings whose exception ran out; already included in `findings`. */
  expiredExceptions: z.number().int().nonnegative(),
  issues: z.number().int().nonnegative(),
  gate: GateSummarySchema.optional(),
});
export interface Summary extends z.infer<typeof SummarySchema> {}

/** The whole JSON report: the ScanResult plus its summary. */
export const JsonReportSchema = ScanResultSchema.extend({ summary: SummarySchema });
export interface JsonReport extends z.infer<typeof JsonReportSchema> {}

export function emptyCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}

export function summarize(result: ScanResult, gate?: GateOutcome): Summary {
  const bySeverity = emptyCounts();
  let suppressed = 0;
  let expiredExceptions = 0;
  for (const f of result.findings) {
    if (!isActive(f)) {
      suppressed++;
      continue;
    }
    bySeverity[f.severity]++;
    if (f.suppression?.status === 'expired') expiredExceptions++;
  }
  const findings = SEVERITIES.reduce((n, s) => n + bySeverity[s], 0);
  return {
    findings,
    bySeverity,
    suppressed,
    expiredExceptions,
    issues: result.issues.length,
    ...(gate && { gate: { failOn: gate.failOn, failed: gate.failed, count: gate.count } }),
  };
}

/** `1 critical, 4 high, …` — only the severities present, most severe first. */
export function severityBreakdown(counts: SeverityCounts, all = false): string {
  return SEVERITIES.filter((s: Severity) => all || counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
}

export function activeFindings(result: ScanResult): Finding[] {
  return result.findings.filter(isActive);
}
