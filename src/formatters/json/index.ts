import type { ScanResult } from '../../core/model.js';
import type { Formatter, RenderOptions } from '../types.js';
import { stringifySafe } from '../shared/stringify.js';
import { JsonReportSchema, summarize } from '../shared/summary.js';

/**
 * Builds the JSON report. Keys come out in the order the schema declares them (zod rebuilds every object
 * from its shape), so the output is stable however the result was assembled; fields the schema does not
 * know are dropped rather than published undocumented.
 */
export function toJsonReport(result: ScanResult, options: Pick<RenderOptions, 'gate'> = {}): unknown {
  const properties = result.properties && Object.fromEntries(Object.entries(result.properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const report = { ...result, ...(properties && { properties }), summary: summarize(result, options.gate) };
  const parsed = JsonReportSchema.safeParse(report);
  // An invalid result is an upstream bug; print it as it is rather than lose what was found.
  return parsed.success ? parsed.data : report;
}

export const jsonFormatter = {
  meta: {
    id: 'json',
    version: '1.0.0',
    summary: 'The scan result as JSON with a summary; schema/scan-result.schema.json describes it.',
  },
  extension: 'json',
  render(result: ScanResult, options: RenderOptions): string {
    return stringifySafe(toJsonReport(result, options));
  },
} satisfies Formatter;
