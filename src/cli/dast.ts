import path from 'node:path';
import { parseCommandArgs } from './args.js';
import { emitReport, planReport, REPORT_OPTIONS } from './report.js';
import { toolVersion } from './version.js';
import { loadConfig } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import { runScan } from '../core/pipeline.js';
import { silentProgress, terminalProgress } from '../core/progress.js';
import { selectScanners } from '../scanners/registry.js';

export const URL_SCAN_OPTIONS = {
  ...REPORT_OPTIONS,
  active: { type: 'boolean', default: false },
  scanners: { type: 'string' },
} as const;

export interface UrlScanFlags {
  format: string;
  output?: string | undefined;
  'fail-on'?: string | undefined;
  config?: string | undefined;
  quiet?: boolean | undefined;
  active?: boolean | undefined;
  scanners?: string | undefined;
}

/** `patchline dast URL`: the same as `patchline scan --url URL`. */
export async function dastCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('dast', args, URL_SCAN_OPTIONS);
  if (values.help) return (await import('./main.js')).main(['help', 'dast']);
  if (positionals.length !== 1) throw new UsageError(`dast takes one URL, got ${positionals.length}. Run 'patchline help dast'.`);
  return scanUrlCommand(positionals[0]!, values);
}

/** Scans a running application; the config comes from --config or ./patchline.yaml. */
export async function scanUrlCommand(url: string, values: UrlScanFlags): Promise<number> {
  const target = parseTargetUrl(url);
  const plan = planReport(values);
  const { config, file } = await loadConfig(process.cwd(), values.config && path.resolve(values.config));
  const ids = values.scanners?.split(',').map((s) => s.trim()).filter(Boolean);
  const selected = selectScanners(ids).filter((s) => s.scanUrl);
  if (selected.length === 0) throw new UsageError(`none of the scanners ${ids?.join(', ')} scans URLs; use --scanners dast or leave it out`);
  const result = await runScan({
    root: process.cwd(),
    url: target,
    active: values.active ?? false,
    config,
    scanners: selected,
    tool: { name: 'patchline', version: toolVersion() },
    progress: values.quiet ? silentProgress : terminalProgress(),
  });
  const exitCode = await emitReport(result, plan, config, values.output);
  if (values.output && !values.quiet) {
    process.stderr.write(`patchline: wrote ${plan.formatter.meta.id} report to ${values.output} (${result.findings.length} findings${file ? `, config ${file}` : ''})\n`);
  }
  return exitCode;
}

function parseTargetUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`'${url}' is not a URL; give the running application's address, e.g. http://127.0.0.1:5000`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`'${url}' is not an http or https URL`);
  if (parsed.username || parsed.password) throw new UsageError('put credentials in dast.auth of patchline.yaml, not in the URL');
  parsed.hash = '';
  return parsed.href;
}
