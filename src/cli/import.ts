import path from 'node:path';
import { parseCommandArgs } from './args.js';
import { emitReport, planReport, REPORT_OPTIONS } from './report.js';
import { EXIT_ERROR } from './main.js';
import { toolVersion } from './version.js';
import { loadConfig } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import { runImport } from '../importers/run-import.js';

/** `patchline import FILE...`: other tools' reports (SARIF, Semgrep, Bandit, SonarQube, OWASP ZAP) as one patchline report. */
export async function importCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, { ...REPORT_OPTIONS, root: { type: 'string' } });
  if (values.help) return (await import('./main.js')).main(['help', 'import']);
  if (positionals.length === 0) throw new UsageError("import takes one or more report files. Run 'patchline help import'.");
  const plan = planReport(values);
  const formatter = plan.formatter;
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

  const exitCode = await emitReport(result, plan, config, values.output);
  if (!values.quiet) {
    const read = reports.map((r) => `${r.path} (${r.importer})`).join(', ');
    if (values.output) {
      process.stderr.write(`patchline: wrote ${formatter.meta.id} report to ${values.output} (${result.findings.length} findings from ${read}${configFile ? `, config ${configFile}` : ''})\n`);
    }
    if (result.issues.length > 0 && formatter.meta.id !== 'table') {
      process.stderr.write(`patchline: ${result.issues.length} issues while importing; they are listed in the report\n`);
    }
  }
  return exitCode;
}
