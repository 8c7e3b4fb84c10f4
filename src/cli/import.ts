import path from 'node:path';
import { parseCommandArgs, oneOf } from './args.js';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from './main.js';
import { useColor, writeReport } from './output.js';
import { toolVersion } from './version.js';
import { loadConfig } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import { SEVERITIES, type Severity } from '../core/model.js';
import { evaluateGate } from '../core/policy.js';
import { formatters, getFormatter } from '../formatters/registry.js';
import { runImport } from '../importers/run-import.js';
import { scanners } from '../scanners/registry.js';

const FAIL_ON = [...SEVERITIES, 'none'] as const;

/** `patchline import FILE...`: other tools' reports (SARIF, Semgrep, Bandit, SonarQube) as one patchline report. */
export async function importCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, {
    format: { type: 'string', short: 'f', default: 'table' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    config: { type: 'string', short: 'c' },
    root: { type: 'string' },
    quiet: { type: 'boolean', short: 'q', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return (await import('./main.js')).main(['help', 'import']);
  if (positionals.length === 0) throw new UsageError("import takes one or more report files. Run 'patchline help import'.");
  const formatter = getFormatter(oneOf('--format', values.format, formatters.map((f) => f.meta.id)));
  const failOnFlag = values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], FAIL_ON);
  const root = values.root === undefined ? undefined : path.resolve(values.root);
  const { config, file: configFile } = await loadConfig(root ?? process.cwd(), values.config);

  const { result, reports } = await runImport({
    paths: positionals,
    ...(root !== undefined && { root }),
    config,
    tool: { name: 'patchline', version: toolVersion() },
  });
  if (reports.length === 0) {
    for (const issue of result.issues) process.stderr.write(`patchline: ${issue.message}\n`);
    process.stderr.write(`patchline: none of the ${positionals.length} files could be imported\n`);
    return EXIT_ERROR;
  }

  const failOn: Severity | undefined = failOnFlag === 'none' ? undefined : (failOnFlag ?? config.gate?.failOn);
  const gate = failOn ? evaluateGate(result.findings, failOn) : undefined;
  const report = formatter.render(result, {
    color: !values.output && useColor(),
    ...(gate && { gate }),
    rules: scanners.flatMap((s) => s.rules),
  });
  await writeReport(report, values.output);
  if (!values.quiet) {
    const read = reports.map((r) => `${r.path} (${r.importer})`).join(', ');
    if (values.output) {
      process.stderr.write(`patchline: wrote ${formatter.meta.id} report to ${values.output} (${result.findings.length} findings from ${read}${configFile ? `, config ${configFile}` : ''})\n`);
    }
    if (result.issues.length > 0 && formatter.meta.id !== 'table') {
      process.stderr.write(`patchline: ${result.issues.length} issues while importing; they are listed in the report\n`);
    }
  }
  return gate?.failed ? EXIT_FINDINGS : EXIT_OK;
}
