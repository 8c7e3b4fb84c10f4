import { oneOf } from './args.js';
import { EXIT_FINDINGS, EXIT_OK } from './main.js';
import { useColor, writeReport } from './output.js';
import type { PatchlineConfig } from '../core/config.js';
import { SEVERITIES, type ScanResult, type Severity } from '../core/model.js';
import { evaluateGate } from '../core/policy.js';
import { formatters, getFormatter } from '../formatters/registry.js';
import type { Formatter } from '../formatters/types.js';
import { scanners } from '../scanners/registry.js';

const FAIL_ON = [...SEVERITIES, 'none'] as const;

/** The flags every command that writes a findings report takes. */
export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'table' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  config: { type: 'string', short: 'c' },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export interface ReportFlags {
  format: string;
  output?: string | undefined;
  'fail-on'?: string | undefined;
}

export interface ReportPlan {
  formatter: Formatter;
  failOn: (config: PatchlineConfig) => Severity | undefined;
}

/** Checks --format and --fail-on before any work is done, so a typo fails fast. */
export function planReport(flags: ReportFlags): ReportPlan {
  const formatter = getFormatter(oneOf('--format', flags.format, formatters.map((f) => f.meta.id)));
  const flag = flags['fail-on'] === undefined ? undefined : oneOf('--fail-on', flags['fail-on'], FAIL_ON);
  return { formatter, failOn: (config) => (flag === 'none' ? undefined : (flag ?? config.gate?.failOn)) };
}

/** Renders and writes the report, and turns the gate into the exit code (0 clean, 1 over the gate). */
export async function emitReport(result: ScanResult, plan: ReportPlan, config: PatchlineConfig, output?: string): Promise<number> {
  const failOn = plan.failOn(config);
  const gate = failOn ? evaluateGate(result.findings, failOn) : undefined;
  const report = plan.formatter.render(result, {
    color: !output && useColor(),
    ...(gate && { gate }),
    rules: scanners.flatMap((s) => s.rules),
  });
  await writeReport(report, output);
  return gate?.failed ? EXIT_FINDINGS : EXIT_OK;
}
